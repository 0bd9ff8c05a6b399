# Linkages site: the hand-off card (/ko/card), machine draft from locales/en/card.ftl (ko).
# Reviewed by a certified translator: no.

card-link = 가져갈 카드
card-link-discreet = 비공개 카드: 주소와 전화번호만
card-title = 가져갈 카드
card-discreet-title = 주소와 전화번호
card-intro = 이 카드를 사무소에 가져가세요. 같은 내용이 한국어와 영어로 있어서 본인과 담당자 모두 읽을 수 있어요.
card-print-hint = 인쇄하려면 브라우저의 인쇄 메뉴를 쓰세요. 한 페이지에 들어가요.
card-discreet-link = 비공개 카드 보기 (사무소나 프로그램 이름 없음)
card-full-link = 전체 카드 보기
card-show-desk = 안내 창구에서 이 카드를 보여 주세요.
card-paths-title = 받을 수도 있는 도움
card-say-label = 이렇게 말하세요:
card-office-title = 사무소
card-address = 주소
card-address-missing = 주소를 몰라요. 가기 전에 전화하세요.
card-phone = 전화
card-hours = 여는 시간
card-discreet-line-help = 도움 전화
card-discreet-line-info = 안내 전화, 무료
card-add-office = 이 카드에 사무소 넣기: 사무소 찾기
card-no-answers = 이 카드에는 답이 나오지 않아요. 결정이 아니에요: 담당자가 결정해요.
card-error-empty = 이 링크에는 카드에 넣을 도움이나 사무소가 없어요. 사무소를 찾거나 질문에 답한 다음, 카드를 다시 고르세요.
card-error-unknown-path = 이 링크에 있는 도움을 찾을 수 없어요. 오래되었거나 잘린 링크일 수 있어요.
card-error-unknown-office = 이 사무소를 찾을 수 없어요. 옮겼거나 문을 닫았을 수 있어요. 사무소를 다시 찾아 주세요.
card-error-too-many = 이 링크에는 한 페이지에 들어가는 것보다 많은 내용이 있어요. 사무소 한 곳에서 카드를 다시 고르세요.
card-error-bad-parameter = 이 링크에 알 수 없는 내용이 있어요. 오래되었거나 잘린 링크일 수 있어요.
card-error-find = 사무소 찾기
card-error-screening = 질문에 답하기
