### 자가 확인: 질문, 답, 결과.
### id는 app/src/screening에서 써요 (messages.rs 참고). 모든 언어에서 같은 id를 쓰세요.
### 9살 정도가 읽을 수 있는 쉬운 말로, 해요체로 쓰세요. 부모를 탓하지 마세요: "DCFS 케이스"라고 쓰세요.
### 공식 이름은 그대로 두세요: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### 용어: 프로그램 이름과 직함은 terms.ftl의 Fluent term을 써요 ({ -family-maintenance }, { -social-worker }).
### 직접 쓰지 마세요 (locales/glossary.toml 참고). worker(일반) = 담당자.
### 자녀의 집 밖 배치는 "DCFS가 자녀를 집 밖에 맡겼다"라고 써요.

# Reviewed by a certified translator: no.

## 결과 페이지

screening-heading-because = 이렇게 말하는 이유
screening-heading-next-steps = 다음에 할 일
screening-heading-services = 받을 수 있는 서비스
screening-heading-what-would-change = 이 결과가 바뀔 수 있는 경우
screening-guidance-not-decision = 이것은 안내일 뿐이에요. 무엇을 받을 수 있는지는 담당자가 결정해요.

## 얼마나 맞는지

screening-fit-may-fit = 맞을 수 있어요
screening-fit-ask = 담당자에게 물어보세요
screening-fit-no = 맞지 않는 것 같아요

## 질문: 짧은 제목과 한 줄 도움말

screening-q-dcfs-case = 지금 { -dcfs }에 진행 중인 케이스가 있나요?
screening-q-dcfs-case-hint = { -dcfs }는 { -dcfs-full }이에요. 아동 담당 { -social-worker }가 찾아오거나 전화한다면, 케이스가 있을 수 있어요.
screening-q-dcfs-service = { -dcfs }가 가족에게 어떤 도움을 주고 있나요?
screening-q-dcfs-service-hint = 프로그램 이름은 { -dcfs } 담당 { -social-worker }가 알려 줄 수 있어요.
screening-q-children-location = 자녀는 지금 어디에서 살고 있나요?
screening-q-children-location-hint = 모든 자녀를 생각해 주세요.
screening-q-calworks-now = 지금 { -calworks }를 받고 있나요?
screening-q-calworks-now-hint = { -calworks }는 자녀가 있는 가족에게 주는 돈이에요. { -dpss }에서 줘요.
screening-q-calworks-at-removal = { -dcfs }가 자녀를 집 밖에 맡겼을 때 { -calworks }를 받고 있었나요?
screening-q-calworks-at-removal-hint = 그 뒤에 { -calworks }가 끊겼을 수도 있어요. 자녀가 집 밖에 맡겨졌던(배치된) 그때를 기준으로 답해 주세요.
screening-q-fr-plan = { -dcfs }와 함께 만든 { -family-reunification-said } 계획이 있나요?
screening-q-fr-plan-hint = 자녀가 집으로 돌아올 수 있도록 { -dcfs } 담당 { -social-worker }와 함께 만든 계획이에요.
screening-q-relative-caregiver = { -dcfs }가 자녀 중 누구라도 친척에게 맡겼나요?
screening-q-relative-caregiver-hint = 예를 들어 할머니, 할아버지, 이모, 고모, 삼촌이나 다른 가족에게 맡긴 경우예요.
screening-q-homeless = 지금 지낼 집이 없나요?
screening-q-homeless-hint = 예를 들어 쉼터, 차, 모텔, 바깥에서 자거나, 이곳저곳 옮겨 다니며 지내는 경우예요.
screening-q-sanction = { -gain } { -sanction-said } 때문에 { -dpss }가 { -calworks }를 줄였나요?
screening-q-sanction-hint = { -sanction-said }는 { -gain }의 { -welfare-to-work-said } 규칙 때문에 { -dpss }가 { -calworks }를 줄이는 것이에요. 그렇다면 { -dpss }에서 온 편지에 쓰여 있을 거예요.

## 답 선택지

screening-answer-yes = 예
screening-answer-no = 아니요
screening-answer-unsure = 잘 모르겠어요
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = 자녀가 함께 살고 있고, { -dcfs } { -social-worker }가 가족을 도와요. 법원 명령일 수도 있고, 직접 선택한 것일 수도 있어요.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = 자녀가 함께 살고 있고, { -family-preservation } 기관이 가족과 함께 일해요.
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = 자녀가 지금은 다른 곳에서 살고 있고, 자녀가 집으로 돌아오도록 노력하고 있어요.
screening-answer-investigation = { -dcfs }가 신고 내용을 살펴보고 있어요
screening-answer-investigation-hint = { -social-worker }가 가족의 상황을 확인하고 있고, 아직 시작된 프로그램은 없어요.
screening-answer-all-home = 자녀가 모두 저와 함께 살아요
screening-answer-some-removed = 일부는 저와 함께 살고, 일부는 { -dcfs }가 다른 곳에 맡겼어요
screening-answer-all-removed = { -dcfs }가 자녀를 모두 집 밖에 맡겼어요

## 이유: 가족이 알려 준 내용

screening-reason-dcfs-case-yes = { -dcfs }에 진행 중인 케이스가 있다고 답하셨어요.
screening-reason-dcfs-case-no = { -dcfs }에 진행 중인 케이스가 없다고 답하셨어요.
screening-reason-dcfs-case-unsure = { -dcfs }에 진행 중인 케이스가 있는지 아직 알 수 없어요.
screening-reason-dcfs-service-family-maintenance = { -dcfs } 케이스가 { -family-maintenance } 프로그램이라고 답하셨어요.
screening-reason-dcfs-service-family-preservation = 가족이 { -dcfs }의 { -family-preservation } 프로그램에 참여하고 있다고 답하셨어요.
screening-reason-dcfs-service-family-reunification = { -dcfs } 케이스가 { -family-reunification } 프로그램이라고 답하셨어요.
screening-reason-dcfs-service-investigation = { -dcfs }가 신고 내용을 살펴보고 있고, 아직 시작된 프로그램은 없다고 답하셨어요.
screening-reason-dcfs-service-unsure = { -dcfs } 케이스가 어떤 프로그램인지 아직 알 수 없어요.
screening-reason-children-location-all-home = 자녀가 모두 함께 살고 있다고 답하셨어요.
screening-reason-children-location-some-removed = 일부 자녀는 함께 살고, 일부는 { -dcfs }가 다른 곳에 맡겼다고 답하셨어요.
screening-reason-children-location-all-removed = { -dcfs }가 자녀를 모두 집 밖에 맡겼다고 답하셨어요.
screening-reason-children-location-unsure = 자녀가 어디에서 살고 있는지 아직 알 수 없어요.
screening-reason-calworks-now-yes = 지금 { -calworks }를 받고 있다고 답하셨어요.
screening-reason-calworks-now-no = 지금 { -calworks }를 받고 있지 않다고 답하셨어요.
screening-reason-calworks-now-unsure = 지금 { -calworks }를 받고 있는지 아직 알 수 없어요.
screening-reason-calworks-at-removal-yes = 자녀가 집 밖에 맡겨졌을 때 { -calworks }를 받고 있었다고 답하셨어요.
screening-reason-calworks-at-removal-no = 자녀가 집 밖에 맡겨졌을 때 { -calworks }를 받고 있지 않았다고 답하셨어요.
screening-reason-calworks-at-removal-unsure = 자녀가 집 밖에 맡겨졌을 때 { -calworks }를 받고 있었는지 아직 알 수 없어요.
screening-reason-fr-plan-yes = { -dcfs }와 함께 만든 { -family-reunification } 계획이 있다고 답하셨어요.
screening-reason-fr-plan-no = { -dcfs }와 함께 만든 { -family-reunification } 계획이 없다고 답하셨어요.
screening-reason-fr-plan-unsure = { -dcfs }와 함께 만든 { -family-reunification } 계획이 있는지 아직 알 수 없어요.
screening-reason-relative-caregiver-yes = { -dcfs }가 자녀 중 적어도 한 명을 친척에게 맡겼다고 답하셨어요.
screening-reason-relative-caregiver-no = { -dcfs }가 자녀 중 누구도 친척에게 맡기지 않았다고 답하셨어요.
screening-reason-relative-caregiver-unsure = 친척과 함께 사는 자녀가 있는지 아직 알 수 없어요.
screening-reason-homeless-yes = 지금 지낼 집이 없다고 답하셨어요.
screening-reason-homeless-no = 지금 지낼 집이 있다고 답하셨어요.
screening-reason-homeless-unsure = 지금 지낼 집이 없는지 아직 알 수 없어요.
screening-reason-sanction-yes = { -gain } { -sanction } 때문에 { -dpss }가 { -calworks }를 줄였다고 답하셨어요.
screening-reason-sanction-no = { -gain } { -sanction } 때문에 { -dpss }가 { -calworks }를 줄이지는 않았다고 답하셨어요.
screening-reason-sanction-unsure = { -gain } { -sanction } 때문에 { -dpss }가 { -calworks }를 줄였는지 아직 알 수 없어요.

## "담당자에게 물어보세요" 결과를 바꿀 수 있는 것

screening-change-dcfs-case = { -dcfs }에 진행 중인 케이스가 있는지 알아보세요. 자녀의 { -social-worker }나 { -dcfs }에서 온 편지로 알 수 있어요.
screening-change-dcfs-service = 케이스가 어떤 프로그램인지 { -dcfs } 담당 { -social-worker }에게 물어보세요.
screening-change-children-location = 자녀가 각각 어디에 맡겨져 있는지 { -dcfs } 담당 { -social-worker }에게 물어보세요.
screening-change-calworks-now = 지금 { -calworks }를 받고 있는지 알아보세요. { -eligibility-worker-said }, { -dpss }에서 온 편지, BenefitsCal에서 알 수 있어요.
screening-change-calworks-at-removal = 자녀가 집 밖에 맡겨졌을 때 { -calworks }를 받고 있었는지 { -eligibility-worker }에게 물어보세요.
screening-change-fr-plan = { -family-reunification } 계획이 있는지 { -dcfs } 담당 { -social-worker }에게 물어보세요.
screening-change-relative-caregiver = 친척에게 맡겨진 자녀가 있는지 { -dcfs } 담당 { -social-worker }에게 물어보세요.
screening-change-homeless = 밤에 어디에서 자는지 담당자에게 알려 주세요. 그것이 집이 없는 상태에 해당하는지 알려 줄 수 있어요.
screening-change-sanction = { -sanction } 때문에 { -calworks }가 줄었는지 { -gain-worker }에게 물어보세요. { -dpss }에서 온 편지에도 쓰여 있을 거예요.

## 도움 방법: 제목과 한 문장 요약

screening-path-prevention-5122 = { -dcfs }에 { -dpss }와 연결해 달라고 요청하기
screening-path-prevention-5122-summary = { -dcfs } 담당 { -social-worker }가 { -calworks }, { -general-relief }, { -calfresh }, { -medi-cal } 같은 { -dpss } 도움을 받을 수 있는지 확인하고, 더 빨리 신청하도록 도와줄 수 있어요.
screening-path-family-maintenance = { -gain }을 통한 { -family-maintenance-said } 서비스
screening-path-family-maintenance-summary = 자녀가 함께 살고 { -dcfs } 케이스가 { -family-maintenance } 프로그램인 동안, { -gain } 서비스를 { -welfare-to-work-said } 계획에 넣을 수 있어요.
screening-path-family-preservation = { -gain }을 통한 { -family-preservation-said } 서비스
screening-path-family-preservation-summary = 자녀가 함께 살고 가족이 { -family-preservation } 프로그램에 참여하는 동안, { -dcfs }와 { -dpss }가 함께 서비스를 계획하고, { -gain } 서비스를 { -welfare-to-work-said } 계획에 넣을 수 있어요.
screening-path-family-reunification = { -gain }을 통한 { -family-reunification-said } 서비스
screening-path-family-reunification-summary = 자녀가 집 밖에 맡겨졌을 때 { -calworks }를 받고 있었다면, 자녀가 집에 돌아오도록 현금 지원 없이 { -gain } 서비스를 계속 받기로 선택할 수 있어요.
screening-path-homeless-outreach = 집이 없는 가족을 위한 도움
screening-path-homeless-outreach-summary = { -calworks }를 받고 있고 { -dcfs }에 { -family-maintenance } 케이스가 있다면, { -dcfs }와 { -dpss }가 함께 가족을 집이 없는 가족을 위한 도움과 연결해 줄 수 있어요.
screening-path-sanction-help = { -calworks } { -sanction-said }를 끝내기 위한 도움
screening-path-sanction-help-summary = { -dcfs }와 { -dpss }가 함께 연락해서, { -sanction }의 원인을 해결하고 { -sanction }를 끝내도록 도와줄 수 있어요.
screening-path-linkages-gsw = { -dcfs } 사무소에 있는 { -gain-worker }
screening-path-linkages-gsw-summary = { -dcfs } 사무소에 있는 { -linkages-gain-worker }는 { -child-and-family-team-said } 회의에 참석하고, 케이스에 대해 조언할 수 있어요.
screening-path-dpss-apply = 직접 { -dpss }에 신청하기
screening-path-dpss-apply-summary = { -calworks }, { -calfresh }, { -medi-cal }, { -general-relief } 같은 { -dpss } 도움은 온라인이나 전화로 신청할 수 있어요.

## 다음에 할 일

screening-step-answer-again = 상황이 바뀌면 질문에 다시 답할 수 있어요.
screening-step-ask-worker = 이 도움이 맞는지 { -dcfs } 담당 { -social-worker }, 또는 { -eligibility-worker-said }나 { -gain-worker }에게 물어보세요.
screening-step-call-211 = 가까운 곳의 도움을 찾으려면 2-1-1에 전화하세요. 무료이고, 밤낮으로 열려 있어요.
screening-step-wtw-plan = 어떤 서비스를 { -welfare-to-work-said } 계획에 넣을 수 있는지 물어보세요.
screening-step-benefitscal = BenefitsCal.com에서 온라인으로 신청하세요.
screening-step-call-dpss = 또는 { -dpss } (866) 613-3777에 전화하세요.
screening-step-ask-5122 = { -dpss } 도움을 받을 수 있는지 확인해 달라고 { -dcfs } 담당 { -social-worker }에게 요청하세요. { -social-worker }는 { -form-5122 }라는 양식을 써요.
screening-step-expedited-intake = 자격이 될 수 있다면, { -social-worker }가 { -dpss }로 연결해 주어 신청이 더 빨리 진행돼요.
screening-step-tell-worker-fm = { -dcfs }에 { -family-maintenance-said } 케이스가 있다고 { -eligibility-worker }나 { -gain-worker }에게 알려 주세요.
screening-step-tell-worker-fp = 가족이 { -dcfs }의 { -family-preservation-said } 프로그램에 참여하고 있다고 { -eligibility-worker }나 { -gain-worker }에게 알려 주세요.
screening-step-fr-volunteer = { -family-reunification-said } 서비스를 원한다고 { -dcfs } 담당 { -social-worker }와 { -gain-worker }에게 알려 주세요. 받을지 말지는 직접 선택할 수 있어요.
screening-step-general-relief = 이 서비스에는 현금 지원이 들어 있지 않아요. 생활비가 필요하면 { -general-relief-said }를 신청할 수 있어요.
screening-step-tell-worker-homeless = 지낼 집이 없다고 { -dcfs } 담당 { -social-worker }와 { -eligibility-worker }에게 알려 주세요. 두 사람이 함께 도와 달라고 요청하세요.
screening-step-tell-worker-sanction = { -sanction-said }에 대해 { -gain-worker }와 { -dcfs } 담당 { -social-worker }에게 알려 주세요. { -sanction }를 끝낼 수 있도록 함께 도와 달라고 요청하세요.
screening-step-gsw-cft = { -linkages-gain-worker }를 { -child-and-family-team-said } 회의에 초대해 달라고 { -dcfs } 담당 { -social-worker }에게 요청하세요.
screening-step-gsw-consult = { -social-worker }가 { -linkages-gain-worker }와 케이스에 대해 이야기할 수도 있어요.
screening-step-dpss-if-dcfs = { -dcfs } 케이스가 있다면, 신청을 도와 달라고 { -social-worker }에게 요청하세요. 더 빠를 수 있어요.
screening-step-dpss-through-dcfs = { -dcfs } 케이스가 있으니, { -social-worker }가 { -dpss } 일을 도와줄 수 있어요. 다른 결과도 보세요.

## 서비스

screening-service-mental-health = 정신 건강 서비스
screening-service-domestic-violence = 가정 폭력 관련 서비스
screening-service-substance-use = 술이나 약물 사용에 대한 도움
screening-service-education-training = 교육과 직업 훈련
screening-service-employment = 일자리를 찾고 계속 다닐 수 있게 돕는 서비스
screening-service-transportation = 교통 지원
screening-service-child-care = 아이 돌봄
screening-service-ancillary-costs = 책, 도구, 유니폼, 각종 비용 지원
screening-service-housing-support = 주거 지원
screening-service-moving-assistance = 이사 비용 지원
screening-service-temporary-homeless-assistance = 집이 없는 동안 받는 단기 지원

## 기간 제한 ($months, $max_months: 숫자)

screening-time-limit = 이 서비스는 최대 { $months }개월까지 받을 수 있어요.
screening-time-limit-extendable = 이 서비스는 { $months }개월 동안 받을 수 있어요. 프로그램 규칙에 맞으면 최대 { $max_months }개월까지 계속 받을 수 있어요.
