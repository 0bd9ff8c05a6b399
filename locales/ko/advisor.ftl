# Linkages site: the advisor desk (/ko/advisor), machine draft from locales/en/advisor.ftl (ko).
# Reviewed by a certified translator: no.

## The desk
advisor-title = 상담원 페이지
advisor-intro = 통화 중에 누군가를 돕는 2-1-1 상담원과 지원 활동가를 위한 페이지예요. 이 페이지는 전화한 분의 언어로 되어 있어요. 소리 내어 읽을 말 옆에는 영어가 함께 있어요.
advisor-query-label = 전화한 분의 ZIP 코드, 도시 또는 동네
advisor-submit = 사무소 찾기
advisor-offices-title = { $place } 근처 사무소
advisor-lines-title = 카운티 전화번호
advisor-screening-link = 한 페이지에 모든 질문

## Words to read out to the caller
advisor-script-title = 전화한 분에게 읽어 주세요
advisor-script-dcfs = 가장 가까운 { -dcfs } 사무소는 { $name }입니다.
advisor-script-dpss = { -calworks }나 { -calfresh } 도움은 가장 가까운 { -dpss } 사무소인 { $name }에서 받을 수 있습니다.
advisor-script-address = 주소는 { $address }입니다.
advisor-script-phone = 전화번호는 { $phone }입니다.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = 전화한 분에게 보낼 문자
advisor-text-hint = 직접 쓰시는 전화 시스템에서 보내세요. 이 사이트는 아무것도 보내지 않고, 아무것도 저장하지 않아요.
advisor-text-count = { $units }/{ $budget }자, { $segments ->
   *[other] 문자 메시지 { $segments }통
}
advisor-text-use = 이 사무소를 문자에 넣기
advisor-text-in-use = 문자에 들어감
advisor-copy = 문자 복사하기
advisor-copied = 복사했어요. 메시지에 붙여 넣으세요.
advisor-copy-failed = 글이 선택되어 있어요. Ctrl+C를 눌러 복사하세요.
advisor-error-office = 그 사무소는 저희 목록에 없어요. 다시 검색하거나, 검색창 아래에서 사무소를 고르세요.

## The screening on one page
advisor-screening-title = 한 페이지에 모든 질문
advisor-screening-intro = 질문은 어떤 순서로 물어도 괜찮아요. "업데이트"를 누르면 더 이상 필요 없는 질문이 숨겨져요. 모든 질문에 답하면 결과가 나와요.
advisor-screening-update = 업데이트
advisor-screening-open = { $count ->
   *[other] 아직 답이 필요한 질문이 { $count }개 있어요.
}
advisor-screening-result = 전화한 분에게 맞을 수 있는 도움
advisor-screening-say = 전화한 분에게 이렇게 말하세요
advisor-screening-none = 지금은 맞는 Linkages 프로그램이 없는 것 같아요. 그래도 전화한 분은 { -dpss } 사무소에서 도움을 요청할 수 있어요.
advisor-screening-problem = 일부 답을 이해하지 못해서 빼 두었어요. 다시 확인해 주세요.
advisor-screening-start-over = 처음부터 다시
