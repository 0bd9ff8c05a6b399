### 자가 확인: 질문, 답, 결과.
### id는 app/src/screening에서 써요 (messages.rs 참고). 모든 언어에서 같은 id를 쓰세요.
### 9살 정도가 읽을 수 있는 쉬운 말로, 해요체로 쓰세요. 부모를 탓하지 마세요: "DCFS 케이스"라고 쓰세요.
### 공식 이름은 그대로 두세요: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### 용어: Family Maintenance = 가족 유지, Family Preservation = 가족 보존,
### Family Reunification = 가족 재결합, sanction = 제재, Eligibility worker = 자격 심사 담당자,
### social worker = 사회복지사, worker = 담당자, Welfare-to-Work = 근로 연계.
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

screening-q-dcfs-case = 지금 DCFS에 진행 중인 케이스가 있나요?
screening-q-dcfs-case-hint = DCFS는 아동가족서비스국이에요. 아동 담당 사회복지사가 찾아오거나 전화한다면, 케이스가 있을 수 있어요.
screening-q-dcfs-service = DCFS가 가족에게 어떤 도움을 주고 있나요?
screening-q-dcfs-service-hint = 프로그램 이름은 DCFS 담당 사회복지사가 알려 줄 수 있어요.
screening-q-children-location = 자녀는 지금 어디에서 살고 있나요?
screening-q-children-location-hint = 모든 자녀를 생각해 주세요.
screening-q-calworks-now = 지금 CalWORKs를 받고 있나요?
screening-q-calworks-now-hint = CalWORKs는 자녀가 있는 가족에게 주는 돈이에요. DPSS에서 줘요.
screening-q-calworks-at-removal = DCFS가 자녀를 집 밖에 맡겼을 때 CalWORKs를 받고 있었나요?
screening-q-calworks-at-removal-hint = 그 뒤에 CalWORKs가 끊겼을 수도 있어요. 자녀가 집 밖에 맡겨졌던 그때를 기준으로 답해 주세요.
screening-q-fr-plan = DCFS와 함께 만든 가족 재결합(Family Reunification) 계획이 있나요?
screening-q-fr-plan-hint = 자녀가 집으로 돌아올 수 있도록 DCFS 담당 사회복지사와 함께 만든 계획이에요.
screening-q-relative-caregiver = DCFS가 자녀 중 누구라도 친척에게 맡겼나요?
screening-q-relative-caregiver-hint = 예를 들어 할머니, 할아버지, 이모, 고모, 삼촌이나 다른 가족에게 맡긴 경우예요.
screening-q-homeless = 지금 지낼 집이 없나요?
screening-q-homeless-hint = 예를 들어 쉼터, 차, 모텔, 바깥에서 자거나, 이곳저곳 옮겨 다니며 지내는 경우예요.
screening-q-sanction = GAIN 제재 때문에 DPSS가 CalWORKs를 줄였나요?
screening-q-sanction-hint = 제재(sanction)는 GAIN(Welfare-to-Work, 근로 연계) 규칙 때문에 DPSS가 CalWORKs를 줄이는 것이에요. 그렇다면 DPSS에서 온 편지에 쓰여 있을 거예요.

## 답 선택지

screening-answer-yes = 예
screening-answer-no = 아니요
screening-answer-unsure = 잘 모르겠어요
screening-answer-family-maintenance = 가족 유지(Family Maintenance)
screening-answer-family-maintenance-hint = 자녀가 함께 살고 있고, DCFS 사회복지사가 가족을 도와요. 법원 명령일 수도 있고, 직접 선택한 것일 수도 있어요.
screening-answer-family-preservation = 가족 보존(Family Preservation)
screening-answer-family-preservation-hint = 자녀가 함께 살고 있고, 가족 보존 기관이 가족과 함께 일해요.
screening-answer-family-reunification = 가족 재결합(Family Reunification)
screening-answer-family-reunification-hint = 자녀가 지금은 다른 곳에서 살고 있고, 자녀가 집으로 돌아오도록 노력하고 있어요.
screening-answer-investigation = DCFS가 신고 내용을 살펴보고 있어요
screening-answer-investigation-hint = 사회복지사가 가족의 상황을 확인하고 있고, 아직 시작된 프로그램은 없어요.
screening-answer-all-home = 자녀가 모두 저와 함께 살아요
screening-answer-some-removed = 일부는 저와 함께 살고, 일부는 DCFS가 다른 곳에 맡겼어요
screening-answer-all-removed = DCFS가 자녀를 모두 집 밖에 맡겼어요

## 이유: 가족이 알려 준 내용

screening-reason-dcfs-case-yes = DCFS에 진행 중인 케이스가 있다고 답하셨어요.
screening-reason-dcfs-case-no = DCFS에 진행 중인 케이스가 없다고 답하셨어요.
screening-reason-dcfs-case-unsure = DCFS에 진행 중인 케이스가 있는지 아직 알 수 없어요.
screening-reason-dcfs-service-family-maintenance = DCFS 케이스가 가족 유지 프로그램이라고 답하셨어요.
screening-reason-dcfs-service-family-preservation = 가족이 DCFS의 가족 보존 프로그램에 참여하고 있다고 답하셨어요.
screening-reason-dcfs-service-family-reunification = DCFS 케이스가 가족 재결합 프로그램이라고 답하셨어요.
screening-reason-dcfs-service-investigation = DCFS가 신고 내용을 살펴보고 있고, 아직 시작된 프로그램은 없다고 답하셨어요.
screening-reason-dcfs-service-unsure = DCFS 케이스가 어떤 프로그램인지 아직 알 수 없어요.
screening-reason-children-location-all-home = 자녀가 모두 함께 살고 있다고 답하셨어요.
screening-reason-children-location-some-removed = 일부 자녀는 함께 살고, 일부는 DCFS가 다른 곳에 맡겼다고 답하셨어요.
screening-reason-children-location-all-removed = DCFS가 자녀를 모두 집 밖에 맡겼다고 답하셨어요.
screening-reason-children-location-unsure = 자녀가 어디에서 살고 있는지 아직 알 수 없어요.
screening-reason-calworks-now-yes = 지금 CalWORKs를 받고 있다고 답하셨어요.
screening-reason-calworks-now-no = 지금 CalWORKs를 받고 있지 않다고 답하셨어요.
screening-reason-calworks-now-unsure = 지금 CalWORKs를 받고 있는지 아직 알 수 없어요.
screening-reason-calworks-at-removal-yes = 자녀가 집 밖에 맡겨졌을 때 CalWORKs를 받고 있었다고 답하셨어요.
screening-reason-calworks-at-removal-no = 자녀가 집 밖에 맡겨졌을 때 CalWORKs를 받고 있지 않았다고 답하셨어요.
screening-reason-calworks-at-removal-unsure = 자녀가 집 밖에 맡겨졌을 때 CalWORKs를 받고 있었는지 아직 알 수 없어요.
screening-reason-fr-plan-yes = DCFS와 함께 만든 가족 재결합 계획이 있다고 답하셨어요.
screening-reason-fr-plan-no = DCFS와 함께 만든 가족 재결합 계획이 없다고 답하셨어요.
screening-reason-fr-plan-unsure = DCFS와 함께 만든 가족 재결합 계획이 있는지 아직 알 수 없어요.
screening-reason-relative-caregiver-yes = DCFS가 자녀 중 적어도 한 명을 친척에게 맡겼다고 답하셨어요.
screening-reason-relative-caregiver-no = DCFS가 자녀 중 누구도 친척에게 맡기지 않았다고 답하셨어요.
screening-reason-relative-caregiver-unsure = 친척과 함께 사는 자녀가 있는지 아직 알 수 없어요.
screening-reason-homeless-yes = 지금 지낼 집이 없다고 답하셨어요.
screening-reason-homeless-no = 지금 지낼 집이 있다고 답하셨어요.
screening-reason-homeless-unsure = 지금 지낼 집이 없는지 아직 알 수 없어요.
screening-reason-sanction-yes = GAIN 제재 때문에 DPSS가 CalWORKs를 줄였다고 답하셨어요.
screening-reason-sanction-no = GAIN 제재 때문에 DPSS가 CalWORKs를 줄이지는 않았다고 답하셨어요.
screening-reason-sanction-unsure = GAIN 제재 때문에 DPSS가 CalWORKs를 줄였는지 아직 알 수 없어요.

## "담당자에게 물어보세요" 결과를 바꿀 수 있는 것

screening-change-dcfs-case = DCFS에 진행 중인 케이스가 있는지 알아보세요. 자녀의 사회복지사나 DCFS에서 온 편지로 알 수 있어요.
screening-change-dcfs-service = 케이스가 어떤 프로그램인지 DCFS 담당 사회복지사에게 물어보세요.
screening-change-children-location = 자녀가 각각 어디에 맡겨져 있는지 DCFS 담당 사회복지사에게 물어보세요.
screening-change-calworks-now = 지금 CalWORKs를 받고 있는지 알아보세요. 자격 심사 담당자(Eligibility worker), DPSS에서 온 편지, BenefitsCal에서 알 수 있어요.
screening-change-calworks-at-removal = 자녀가 집 밖에 맡겨졌을 때 CalWORKs를 받고 있었는지 자격 심사 담당자에게 물어보세요.
screening-change-fr-plan = 가족 재결합 계획이 있는지 DCFS 담당 사회복지사에게 물어보세요.
screening-change-relative-caregiver = 친척에게 맡겨진 자녀가 있는지 DCFS 담당 사회복지사에게 물어보세요.
screening-change-homeless = 밤에 어디에서 자는지 담당자에게 알려 주세요. 그것이 집이 없는 상태에 해당하는지 알려 줄 수 있어요.
screening-change-sanction = 제재 때문에 CalWORKs가 줄었는지 GAIN 담당자에게 물어보세요. DPSS에서 온 편지에도 쓰여 있을 거예요.

## 도움 방법: 제목과 한 문장 요약

screening-path-prevention-5122 = DCFS에 DPSS와 연결해 달라고 요청하기
screening-path-prevention-5122-summary = DCFS 담당 사회복지사가 CalWORKs, General Relief, CalFresh, Medi-Cal 같은 DPSS 도움을 받을 수 있는지 확인하고, 더 빨리 신청하도록 도와줄 수 있어요.
screening-path-family-maintenance = GAIN을 통한 가족 유지(Family Maintenance) 서비스
screening-path-family-maintenance-summary = 자녀가 함께 살고 DCFS 케이스가 가족 유지 프로그램인 동안, GAIN 서비스를 Welfare-to-Work(근로 연계) 계획에 넣을 수 있어요.
screening-path-family-preservation = GAIN을 통한 가족 보존(Family Preservation) 서비스
screening-path-family-preservation-summary = 자녀가 함께 살고 가족이 가족 보존 프로그램에 참여하는 동안, DCFS와 DPSS가 함께 서비스를 계획하고, GAIN 서비스를 Welfare-to-Work(근로 연계) 계획에 넣을 수 있어요.
screening-path-family-reunification = GAIN을 통한 가족 재결합(Family Reunification) 서비스
screening-path-family-reunification-summary = 자녀가 집 밖에 맡겨졌을 때 CalWORKs를 받고 있었다면, 자녀가 집에 돌아오도록 현금 지원 없이 GAIN 서비스를 계속 받기로 선택할 수 있어요.
screening-path-homeless-outreach = 집이 없는 가족을 위한 도움
screening-path-homeless-outreach-summary = CalWORKs를 받고 있고 DCFS에 가족 유지 케이스가 있다면, DCFS와 DPSS가 함께 가족을 집이 없는 가족을 위한 도움과 연결해 줄 수 있어요.
screening-path-sanction-help = CalWORKs 제재를 끝내기 위한 도움
screening-path-sanction-help-summary = DCFS와 DPSS가 함께 연락해서, 제재의 원인을 해결하고 제재를 끝내도록 도와줄 수 있어요.
screening-path-linkages-gsw = DCFS 사무소에 있는 GAIN 담당자
screening-path-linkages-gsw-summary = DCFS 사무소에 있는 Linkages GAIN 서비스 담당자는 아동 가족 팀 회의(Child and Family Team meeting)에 참석하고, 케이스에 대해 조언할 수 있어요.
screening-path-dpss-apply = 직접 DPSS에 신청하기
screening-path-dpss-apply-summary = CalWORKs, CalFresh, Medi-Cal, General Relief 같은 DPSS 도움은 온라인이나 전화로 신청할 수 있어요.

## 다음에 할 일

screening-step-answer-again = 상황이 바뀌면 질문에 다시 답할 수 있어요.
screening-step-ask-worker = 이 도움이 맞는지 DCFS 담당 사회복지사, 또는 자격 심사 담당자나 GAIN 담당자에게 물어보세요.
screening-step-call-211 = 가까운 곳의 도움을 찾으려면 2-1-1에 전화하세요. 무료이고, 밤낮으로 열려 있어요.
screening-step-wtw-plan = 어떤 서비스를 Welfare-to-Work(근로 연계) 계획에 넣을 수 있는지 물어보세요.
screening-step-benefitscal = BenefitsCal.com에서 온라인으로 신청하세요.
screening-step-call-dpss = 또는 DPSS (866) 613-3777에 전화하세요.
screening-step-ask-5122 = DPSS 도움을 받을 수 있는지 확인해 달라고 DCFS 담당 사회복지사에게 요청하세요. 사회복지사는 DCFS 5122라는 양식을 써요.
screening-step-expedited-intake = 자격이 될 수 있다면, 사회복지사가 DPSS로 연결해 주어 신청이 더 빨리 진행돼요.
screening-step-tell-worker-fm = DCFS에 가족 유지 케이스가 있다고 자격 심사 담당자나 GAIN 담당자에게 알려 주세요.
screening-step-tell-worker-fp = 가족이 DCFS의 가족 보존 프로그램에 참여하고 있다고 자격 심사 담당자나 GAIN 담당자에게 알려 주세요.
screening-step-fr-volunteer = 가족 재결합 서비스를 원한다고 DCFS 담당 사회복지사와 GAIN 담당자에게 알려 주세요. 받을지 말지는 직접 선택할 수 있어요.
screening-step-general-relief = 이 서비스에는 현금 지원이 들어 있지 않아요. 생활비가 필요하면 General Relief를 신청할 수 있어요.
screening-step-tell-worker-homeless = 지낼 집이 없다고 DCFS 담당 사회복지사와 자격 심사 담당자에게 알려 주세요. 두 사람이 함께 도와 달라고 요청하세요.
screening-step-tell-worker-sanction = 제재에 대해 GAIN 담당자와 DCFS 담당 사회복지사에게 알려 주세요. 제재를 끝낼 수 있도록 함께 도와 달라고 요청하세요.
screening-step-gsw-cft = Linkages GAIN 서비스 담당자를 아동 가족 팀 회의에 초대해 달라고 DCFS 담당 사회복지사에게 요청하세요.
screening-step-gsw-consult = 사회복지사가 Linkages GAIN 서비스 담당자와 케이스에 대해 이야기할 수도 있어요.
screening-step-dpss-if-dcfs = DCFS 케이스가 있다면, 신청을 도와 달라고 사회복지사에게 요청하세요. 더 빠를 수 있어요.
screening-step-dpss-through-dcfs = DCFS 케이스가 있으니, 사회복지사가 DPSS 일을 도와줄 수 있어요. 다른 결과도 보세요.

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
