# Linkages 사이트: 페이지 틀, 홈, 사무소 찾기, 오류 (한국어).
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = { -dcfs }와 { -dpss }를 이용하는 가족을 위한 도움
skip-to-content = 본문으로 바로 가기

## 빠른 나가기
exit-link = 빠른 나가기
exit-hint = 이 사이트에서 바로 나가요. Shift 키를 3번 눌러도 돼요.

## 안전 (모든 페이지)
safety-title = 안전이 먼저예요
safety-danger = 지금 위험한가요? { $number }에 전화하세요.
safety-report = 아동 학대를 신고하려면 아동 보호 핫라인 { $number }에 전화하세요. 24시간, 주 7일 열려 있어요.

## 메뉴와 언어
nav-label = 주 메뉴
nav-home = 홈
nav-screening = 나에게 맞을 수 있는 도움 알아보기
nav-find = 사무소 찾기
lang-label = 언어
lang-current = 지금 한국어로 보고 있어요
lang-unreviewed = 이 번역은 아직 공인 번역사가 확인하지 않았어요.
lang-read-english = 이 페이지를 영어로 읽기
lang-notice-label = 이 번역에 대해

## 홈페이지
home-title = { -dcfs } 케이스가 있는 부모를 위한 도움
home-intro = Linkages는 로스앤젤레스 카운티의 두 부서가 함께하는 협력 프로그램이에요. { -dcfs }는 아이들의 안전을 위해 가족과 함께 일해요. { -dpss }는 현금 지원, 식품, 의료, 일자리 도움을 줘요. 두 곳 모두와 일하고 있다면, 두 부서가 함께 모여 본인과 같이 계획을 세울 수 있어요.
home-services = { -dpss } 프로그램은 다음과 같아요: { -calworks }(자녀가 있는 가족을 위한 현금 지원), { -gain }(일자리와 직업 훈련 도움), { -calfresh }(식품), { -medi-cal }(의료), { -general-relief-said }(성인을 위한 현금 지원).
home-check-title = 나에게 맞을 수 있는 도움 알아보기
home-check-text = 짧은 질문 몇 개에 답해 주세요. 이름은 묻지 않아요. 답은 저장하지 않아요.
home-check-start = 질문 시작하기
home-find-title = 사무소 찾기
home-find-text = 가까운 { -dcfs }와 { -dpss } 사무소를 전화번호, 운영 시간과 함께 찾아보세요.
home-find-start = 사무소 찾기
home-call-title = 전화 상담
home-privacy = 이 사이트는 { -dcfs }나 { -dpss }에 알리지 않아요. 계정이 없어요. 답은 저장되지 않아요.

## 전화 상담
line-child-protection = 아동 보호 핫라인
line-child-protection-hours = 24시간, 주 7일
line-dpss = { -dpss } 고객 서비스 센터
line-dpss-hours = 월요일~금요일, { $opens }~{ $closes } (2020년에 마지막으로 확인한 시간이에요)
line-211 = LA 카운티 211, 정보와 서비스 안내
line-211-hours = 24시간, 주 7일
line-911 = 긴급 상황

## 바닥글
footer-privacy = 개인 정보 보호: 계정 없음, 추적 없음, 언어 선택 말고는 쿠키를 쓰지 않아요. 답은 절대 저장되지 않고, { -dcfs }나 { -dpss }로 보내지지도 않아요.
footer-guidance = 이 사이트는 안내만 해요. 케이스에 대한 결정은 담당자가 해요.
footer-data = 사무소와 전화 정보: 로스앤젤레스 카운티 { -dcfs }와 { -dpss }의 공개 자료. ZIP 코드(우편번호) 위치: 미국 인구조사국과 GeoNames (CC BY 4.0).

## 질문: 첫 단계 (질문 내용은 screening.ftl에 있어요)
flow-title = 나에게 맞을 수 있는 도움 알아보기
flow-continue = 계속
flow-back = 뒤로
flow-start-over = 처음부터 다시
flow-choose-one = 답을 하나 고르세요.
flow-question-count = 질문 { $number }

## 오류
error-title = 문제가 생겼어요
error-not-found-title = 페이지를 찾을 수 없어요
error-not-found-text = 이 페이지를 찾지 못했어요. 주소를 확인하거나 홈페이지로 가세요.

## 질문 페이지
flow-check-title = 답 확인하기
flow-change = 바꾸기
flow-see-result = 맞을 수 있는 도움 보기
flow-result-title = 맞을 수 있는 도움
flow-not-decision = { -dpss } 도움을 받을 수 있는지 알아보는 { -form-5122 } 확인은 { -dcfs } 직원이 해요. 담당 { -social-worker }에게 요청하세요. 이 사이트는 아무것도 결정하지 않고, { -dcfs }나 { -dpss }에 알리지도 않아요.
flow-no-title = 맞지 않는 것 같은 도움
flow-next-title = 어디로 가면 되나요
flow-find-offices = 가장 가까운 사무소 찾기
flow-change-answers = 답 바꾸기
flow-share-title = 나중에 볼 수 있게 저장하기
flow-share-text = 이 프로그램들의 이름을 나에게 보낼 수 있어요. 답은 들어가지 않아요.
flow-share-intro = 물어볼 Linkages 프로그램
flow-share-sms = 문자 메시지로 보내기
flow-share-email = 이메일로 보내기
flow-print-hint = 이 페이지를 인쇄하려면 브라우저의 인쇄 메뉴를 쓰세요.
flow-stores-nothing = 답을 저장하지 않았고, 아무에게도 보내지 않았어요. 이 페이지를 닫으면 답은 사라져요.
