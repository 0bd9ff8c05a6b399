### Self-screening: questions, answers and results.
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.

## Result page

screening-heading-because = Why we say this
screening-heading-next-steps = What to do next
screening-heading-services = Services you may get
screening-heading-what-would-change = What could change this
screening-guidance-not-decision = This is only a guide. Your worker decides what you can get.

## How well a path fits

screening-fit-may-fit = May fit you
screening-fit-ask = Ask your worker
screening-fit-no = Does not seem to fit

## Questions: a short heading and a one-line hint

screening-q-dcfs-case = Do you have an open case with DCFS?
screening-q-dcfs-case-hint = DCFS is the Department of Children and Family Services. If a children's social worker visits or calls you, you may have a case.
screening-q-dcfs-service = What kind of help is DCFS giving your family?
screening-q-dcfs-service-hint = Your DCFS social worker can tell you the name of your program.
screening-q-children-location = Where do your children live right now?
screening-q-children-location-hint = Think about all of your children.
screening-q-calworks-now = Do you get CalWORKs right now?
screening-q-calworks-now-hint = CalWORKs is money for families with children. It comes from DPSS.
screening-q-calworks-at-removal = Were you getting CalWORKs when DCFS placed your children outside your home?
screening-q-calworks-at-removal-hint = Your CalWORKs may have stopped after that. Tell us about the time they were placed.
screening-q-fr-plan = Do you have a Family Reunification plan with DCFS?
screening-q-fr-plan-hint = This is the plan you and your DCFS social worker made to bring your children home.
screening-q-relative-caregiver = Did DCFS place any of your children with a relative?
screening-q-relative-caregiver-hint = For example, with a grandparent, an aunt, an uncle or another family member.
screening-q-homeless = Are you homeless right now?
screening-q-homeless-hint = For example, you sleep in a shelter, a car, a motel or outside, or you move from place to place.
screening-q-sanction = Did DPSS lower your CalWORKs because of a GAIN sanction?
screening-q-sanction-hint = A sanction is when DPSS cuts your CalWORKs because of a GAIN (Welfare-to-Work) rule. A letter from DPSS would say so.

## Answer options

screening-answer-yes = Yes
screening-answer-no = No
screening-answer-unsure = I don't know
screening-answer-family-maintenance = Family Maintenance
screening-answer-family-maintenance-hint = Your children live with you, and a DCFS social worker helps your family. It can be ordered by a court or be your choice.
screening-answer-family-preservation = Family Preservation
screening-answer-family-preservation-hint = Your children live with you, and a Family Preservation agency works with your family.
screening-answer-family-reunification = Family Reunification
screening-answer-family-reunification-hint = Your children live somewhere else for now, and you are working to bring them home.
screening-answer-investigation = DCFS is looking into a report
screening-answer-investigation-hint = A social worker is checking on your family, and no program has started yet.
screening-answer-all-home = All of my children live with me
screening-answer-some-removed = Some live with me, and DCFS placed some somewhere else
screening-answer-all-removed = DCFS placed all of my children outside my home

## Reasons: what the family told us

screening-reason-dcfs-case-yes = You said you have an open case with DCFS.
screening-reason-dcfs-case-no = You said you do not have an open case with DCFS.
screening-reason-dcfs-case-unsure = We don't know yet if you have an open case with DCFS.
screening-reason-dcfs-service-family-maintenance = You said your case with DCFS is in Family Maintenance.
screening-reason-dcfs-service-family-preservation = You said your family is in Family Preservation with DCFS.
screening-reason-dcfs-service-family-reunification = You said your case with DCFS is in Family Reunification.
screening-reason-dcfs-service-investigation = You said DCFS is looking into a report, and no program has started yet.
screening-reason-dcfs-service-unsure = We don't know yet which DCFS program your case is in.
screening-reason-children-location-all-home = You said all of your children live with you.
screening-reason-children-location-some-removed = You said some of your children live with you, and DCFS placed some somewhere else.
screening-reason-children-location-all-removed = You said DCFS placed all of your children outside your home.
screening-reason-children-location-unsure = We don't know yet where your children live.
screening-reason-calworks-now-yes = You said you get CalWORKs now.
screening-reason-calworks-now-no = You said you do not get CalWORKs now.
screening-reason-calworks-now-unsure = We don't know yet if you get CalWORKs now.
screening-reason-calworks-at-removal-yes = You said you were getting CalWORKs when your children were placed outside your home.
screening-reason-calworks-at-removal-no = You said you were not getting CalWORKs when your children were placed outside your home.
screening-reason-calworks-at-removal-unsure = We don't know yet if you were getting CalWORKs when your children were placed outside your home.
screening-reason-fr-plan-yes = You said you have a Family Reunification plan with DCFS.
screening-reason-fr-plan-no = You said you do not have a Family Reunification plan with DCFS.
screening-reason-fr-plan-unsure = We don't know yet if you have a Family Reunification plan with DCFS.
screening-reason-relative-caregiver-yes = You said DCFS placed at least one of your children with a relative.
screening-reason-relative-caregiver-no = You said DCFS did not place any of your children with a relative.
screening-reason-relative-caregiver-unsure = We don't know yet if any of your children live with a relative.
screening-reason-homeless-yes = You said you are homeless right now.
screening-reason-homeless-no = You said you are not homeless right now.
screening-reason-homeless-unsure = We don't know yet if you are homeless right now.
screening-reason-sanction-yes = You said DPSS lowered your CalWORKs because of a GAIN sanction.
screening-reason-sanction-no = You said DPSS did not lower your CalWORKs because of a GAIN sanction.
screening-reason-sanction-unsure = We don't know yet if DPSS lowered your CalWORKs because of a GAIN sanction.

## What would change an "Ask your worker" result

screening-change-dcfs-case = Find out if you have an open case with DCFS. Your children's social worker or a letter from DCFS can tell you.
screening-change-dcfs-service = Ask your DCFS social worker which program your case is in.
screening-change-children-location = Ask your DCFS social worker where each of your children is placed.
screening-change-calworks-now = Find out if you get CalWORKs now. Your Eligibility worker, your letters from DPSS or BenefitsCal can tell you.
screening-change-calworks-at-removal = Ask your Eligibility worker if you had CalWORKs when your children were placed outside your home.
screening-change-fr-plan = Ask your DCFS social worker if you have a Family Reunification plan.
screening-change-relative-caregiver = Ask your DCFS social worker if any of your children are placed with a relative.
screening-change-homeless = Tell your worker where you sleep at night. They can tell you if it counts as homeless.
screening-change-sanction = Ask your GAIN worker if your CalWORKs was lowered because of a sanction. A letter from DPSS would also say so.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = Ask DCFS to connect you with DPSS
screening-path-prevention-5122-summary = Your DCFS social worker can check if you may get help from DPSS, like CalWORKs, General Relief, CalFresh or Medi-Cal, and help you apply faster.
screening-path-family-maintenance = Family Maintenance services through GAIN
screening-path-family-maintenance-summary = While your children live with you and your case with DCFS is in Family Maintenance, GAIN services can be part of your Welfare-to-Work plan.
screening-path-family-preservation = Family Preservation services through GAIN
screening-path-family-preservation-summary = While your children live with you and your family is in Family Preservation, DCFS and DPSS plan your services together, and GAIN services can be part of your Welfare-to-Work plan.
screening-path-family-reunification = Family Reunification services through GAIN
screening-path-family-reunification-summary = If you had CalWORKs when your children were placed outside your home, you can choose to keep getting GAIN services, without cash aid, to help bring them home.
screening-path-homeless-outreach = Help for families without a home
screening-path-homeless-outreach-summary = If you have CalWORKs and a Family Maintenance case with DCFS, DCFS and DPSS can work together to connect your family with help for homeless families.
screening-path-sanction-help = Help to end a CalWORKs sanction
screening-path-sanction-help-summary = DCFS and DPSS can reach out to you together to help you fix what caused the sanction and end it.
screening-path-linkages-gsw = A GAIN worker at your DCFS office
screening-path-linkages-gsw-summary = A Linkages GAIN Services Worker at your DCFS office can join your Child and Family Team meetings and give advice on your case.
screening-path-dpss-apply = Apply to DPSS yourself
screening-path-dpss-apply-summary = You can apply for help from DPSS, like CalWORKs, CalFresh, Medi-Cal or General Relief, online or by phone.

## Next steps

screening-step-answer-again = If something changes, you can answer the questions again.
screening-step-ask-worker = Ask your DCFS social worker, or your Eligibility or GAIN worker, if this fits you.
screening-step-call-211 = Call 2-1-1 for help near you. It is free and open day and night.
screening-step-wtw-plan = Ask which services can be part of your Welfare-to-Work plan.
screening-step-benefitscal = Apply online at BenefitsCal.com.
screening-step-call-dpss = Or call DPSS at (866) 613-3777.
screening-step-ask-5122 = Ask your DCFS social worker to check if you can get help from DPSS. They use a form called DCFS 5122.
screening-step-expedited-intake = If you may qualify, your social worker sends you to DPSS so your application can go faster.
screening-step-tell-worker-fm = Tell your Eligibility worker or GAIN worker that you have a Family Maintenance case with DCFS.
screening-step-tell-worker-fp = Tell your Eligibility worker or GAIN worker that your family is in Family Preservation with DCFS.
screening-step-fr-volunteer = Tell your DCFS social worker and your GAIN worker that you want Family Reunification services. It is your choice.
screening-step-general-relief = These services do not include cash aid. If you need money to live on, you can apply for General Relief.
screening-step-tell-worker-homeless = Tell your DCFS social worker and your Eligibility worker that you are homeless. Ask them to work together to help you.
screening-step-tell-worker-sanction = Tell your GAIN worker and your DCFS social worker about the sanction. Ask them to work with you to end it.
screening-step-gsw-cft = Ask your DCFS social worker to invite the Linkages GAIN Services Worker to your Child and Family Team meeting.
screening-step-gsw-consult = Your social worker can also talk with the Linkages GAIN Services Worker about your case.
screening-step-dpss-if-dcfs = If you have a case with DCFS, ask your social worker to help you apply. It can be faster.
screening-step-dpss-through-dcfs = Because you have a case with DCFS, your social worker can help you with DPSS. See the other results.

## Services

screening-service-mental-health = Mental health services
screening-service-domestic-violence = Domestic violence services
screening-service-substance-use = Help with alcohol or drug use
screening-service-education-training = Education and training
screening-service-employment = Help to find and keep a job
screening-service-transportation = Help with transportation
screening-service-child-care = Child care
screening-service-ancillary-costs = Help to pay for books, tools, uniforms and fees
screening-service-housing-support = Help with housing
screening-service-moving-assistance = Help with moving costs
screening-service-temporary-homeless-assistance = Short-term help while you are homeless

## Time limits ($months, $max_months: numbers)

screening-time-limit =
    { $months ->
        [one] These services can last up to { $months } month.
       *[other] These services can last up to { $months } months.
    }
screening-time-limit-extendable =
    { $months ->
        [one] These services can last { $months } month. If you meet the program rules, they can go on for up to { $max_months } months.
       *[other] These services can last { $months } months. If you meet the program rules, they can go on for up to { $max_months } months.
    }
