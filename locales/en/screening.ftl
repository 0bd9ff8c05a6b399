### Self-screening: questions, answers and results.
### Ids are used by app/src/screening (see messages.rs). Keep the same ids in every language.
### Write for a reading age of about 9. Never blame the parent: say "your case with DCFS".
### Keep official names as they are: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Program and role names are Fluent terms from terms.ftl ({ -dcfs }, { -social-worker }): never
### type them; see locales/glossary.toml and locales/README.md.

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

screening-q-dcfs-case = Do you have an open case with { -dcfs }?
screening-q-dcfs-case-hint = { -dcfs } is the { -dcfs-full }. If a children's { -social-worker } visits or calls you, you may have a case.
screening-q-dcfs-service = What kind of help is { -dcfs } giving your family?
screening-q-dcfs-service-hint = Your { -dcfs } { -social-worker } can tell you the name of your program.
screening-q-children-location = Where do your children live right now?
screening-q-children-location-hint = Think about all of your children.
screening-q-calworks-now = Do you get { -calworks } right now?
screening-q-calworks-now-hint = { -calworks } is money for families with children. It comes from { -dpss }.
screening-q-calworks-at-removal = Were you getting { -calworks } when { -dcfs } placed your children outside your home?
screening-q-calworks-at-removal-hint = Your { -calworks } may have stopped after that. Tell us about the time they were placed.
screening-q-fr-plan = Do you have a { -family-reunification-said } plan with { -dcfs }?
screening-q-fr-plan-hint = This is the plan you and your { -dcfs } { -social-worker } made to bring your children home.
screening-q-relative-caregiver = Did { -dcfs } place any of your children with a relative?
screening-q-relative-caregiver-hint = For example, with a grandparent, an aunt, an uncle or another family member.
screening-q-homeless = Are you homeless right now?
screening-q-homeless-hint = For example, you sleep in a shelter, a car, a motel or outside, or you move from place to place.
screening-q-sanction = Did { -dpss } lower your { -calworks } because of a { -gain } { -sanction-said }?
screening-q-sanction-hint = A { -sanction-said } is when { -dpss } cuts your { -calworks } because of a { -gain } ({ -welfare-to-work-said }) rule. A letter from { -dpss } would say so.

## Answer options

screening-answer-yes = Yes
screening-answer-no = No
screening-answer-unsure = I don't know
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = Your children live with you, and a { -dcfs } { -social-worker } helps your family. It can be ordered by a court or be your choice.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = Your children live with you, and a { -family-preservation } agency works with your family.
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = Your children live somewhere else for now, and you are working to bring them home.
screening-answer-investigation = { -dcfs } is looking into a report
screening-answer-investigation-hint = A { -social-worker } is checking on your family, and no program has started yet.
screening-answer-all-home = All of my children live with me
screening-answer-some-removed = Some live with me, and { -dcfs } placed some somewhere else
screening-answer-all-removed = { -dcfs } placed all of my children outside my home

## Reasons: what the family told us

screening-reason-dcfs-case-yes = You said you have an open case with { -dcfs }.
screening-reason-dcfs-case-no = You said you do not have an open case with { -dcfs }.
screening-reason-dcfs-case-unsure = We don't know yet if you have an open case with { -dcfs }.
screening-reason-dcfs-service-family-maintenance = You said your case with { -dcfs } is in { -family-maintenance }.
screening-reason-dcfs-service-family-preservation = You said your family is in { -family-preservation } with { -dcfs }.
screening-reason-dcfs-service-family-reunification = You said your case with { -dcfs } is in { -family-reunification }.
screening-reason-dcfs-service-investigation = You said { -dcfs } is looking into a report, and no program has started yet.
screening-reason-dcfs-service-unsure = We don't know yet which { -dcfs } program your case is in.
screening-reason-children-location-all-home = You said all of your children live with you.
screening-reason-children-location-some-removed = You said some of your children live with you, and { -dcfs } placed some somewhere else.
screening-reason-children-location-all-removed = You said { -dcfs } placed all of your children outside your home.
screening-reason-children-location-unsure = We don't know yet where your children live.
screening-reason-calworks-now-yes = You said you get { -calworks } now.
screening-reason-calworks-now-no = You said you do not get { -calworks } now.
screening-reason-calworks-now-unsure = We don't know yet if you get { -calworks } now.
screening-reason-calworks-at-removal-yes = You said you were getting { -calworks } when your children were placed outside your home.
screening-reason-calworks-at-removal-no = You said you were not getting { -calworks } when your children were placed outside your home.
screening-reason-calworks-at-removal-unsure = We don't know yet if you were getting { -calworks } when your children were placed outside your home.
screening-reason-fr-plan-yes = You said you have a { -family-reunification } plan with { -dcfs }.
screening-reason-fr-plan-no = You said you do not have a { -family-reunification } plan with { -dcfs }.
screening-reason-fr-plan-unsure = We don't know yet if you have a { -family-reunification } plan with { -dcfs }.
screening-reason-relative-caregiver-yes = You said { -dcfs } placed at least one of your children with a relative.
screening-reason-relative-caregiver-no = You said { -dcfs } did not place any of your children with a relative.
screening-reason-relative-caregiver-unsure = We don't know yet if any of your children live with a relative.
screening-reason-homeless-yes = You said you are homeless right now.
screening-reason-homeless-no = You said you are not homeless right now.
screening-reason-homeless-unsure = We don't know yet if you are homeless right now.
screening-reason-sanction-yes = You said { -dpss } lowered your { -calworks } because of a { -gain } { -sanction }.
screening-reason-sanction-no = You said { -dpss } did not lower your { -calworks } because of a { -gain } { -sanction }.
screening-reason-sanction-unsure = We don't know yet if { -dpss } lowered your { -calworks } because of a { -gain } { -sanction }.

## What would change an "Ask your worker" result

screening-change-dcfs-case = Find out if you have an open case with { -dcfs }. Your children's { -social-worker } or a letter from { -dcfs } can tell you.
screening-change-dcfs-service = Ask your { -dcfs } { -social-worker } which program your case is in.
screening-change-children-location = Ask your { -dcfs } { -social-worker } where each of your children is placed.
screening-change-calworks-now = Find out if you get { -calworks } now. Your { -eligibility-worker-said }, your letters from { -dpss } or BenefitsCal can tell you.
screening-change-calworks-at-removal = Ask your { -eligibility-worker } if you had { -calworks } when your children were placed outside your home.
screening-change-fr-plan = Ask your { -dcfs } { -social-worker } if you have a { -family-reunification } plan.
screening-change-relative-caregiver = Ask your { -dcfs } { -social-worker } if any of your children are placed with a relative.
screening-change-homeless = Tell your worker where you sleep at night. They can tell you if it counts as homeless.
screening-change-sanction = Ask your { -gain-worker } if your { -calworks } was lowered because of a { -sanction }. A letter from { -dpss } would also say so.

## Paths: a title and a one-sentence summary

screening-path-prevention-5122 = Ask { -dcfs } to connect you with { -dpss }
screening-path-prevention-5122-summary = Your { -dcfs } { -social-worker } can check if you may get help from { -dpss }, like { -calworks }, { -general-relief }, { -calfresh } or { -medi-cal }, and help you apply faster.
screening-path-family-maintenance = { -family-maintenance-said } services through { -gain }
screening-path-family-maintenance-summary = While your children live with you and your case with { -dcfs } is in { -family-maintenance }, { -gain } services can be part of your { -welfare-to-work-said } plan.
screening-path-family-preservation = { -family-preservation-said } services through { -gain }
screening-path-family-preservation-summary = While your children live with you and your family is in { -family-preservation }, { -dcfs } and { -dpss } plan your services together, and { -gain } services can be part of your { -welfare-to-work-said } plan.
screening-path-family-reunification = { -family-reunification-said } services through { -gain }
screening-path-family-reunification-summary = If you had { -calworks } when your children were placed outside your home, you can choose to keep getting { -gain } services, without cash aid, to help bring them home.
screening-path-homeless-outreach = Help for families without a home
screening-path-homeless-outreach-summary = If you have { -calworks } and a { -family-maintenance } case with { -dcfs }, { -dcfs } and { -dpss } can work together to connect your family with help for homeless families.
screening-path-sanction-help = Help to end a { -calworks } { -sanction-said }
screening-path-sanction-help-summary = { -dcfs } and { -dpss } can reach out to you together to help you fix what caused the { -sanction } and end it.
screening-path-linkages-gsw = A { -gain-worker } at your { -dcfs } office
screening-path-linkages-gsw-summary = A { -linkages-gain-worker } at your { -dcfs } office can join your { -child-and-family-team-said } meetings and give advice on your case.
screening-path-dpss-apply = Apply to { -dpss } yourself
screening-path-dpss-apply-summary = You can apply for help from { -dpss }, like { -calworks }, { -calfresh }, { -medi-cal } or { -general-relief }, online or by phone.

## Next steps

screening-step-answer-again = If something changes, you can answer the questions again.
screening-step-ask-worker = Ask your { -dcfs } { -social-worker }, or your { -eligibility-worker-said } or { -gain-worker }, if this fits you.
screening-step-call-211 = Call 2-1-1 for help near you. It is free and open day and night.
screening-step-wtw-plan = Ask which services can be part of your { -welfare-to-work-said } plan.
screening-step-benefitscal = Apply online at BenefitsCal.com.
screening-step-call-dpss = Or call { -dpss } at (866) 613-3777.
screening-step-ask-5122 = Ask your { -dcfs } { -social-worker } to check if you can get help from { -dpss }. They use a form called { -form-5122 }.
screening-step-expedited-intake = If you may qualify, your { -social-worker } sends you to { -dpss } so your application can go faster.
screening-step-tell-worker-fm = Tell your { -eligibility-worker } or { -gain-worker } that you have a { -family-maintenance-said } case with { -dcfs }.
screening-step-tell-worker-fp = Tell your { -eligibility-worker } or { -gain-worker } that your family is in { -family-preservation-said } with { -dcfs }.
screening-step-fr-volunteer = Tell your { -dcfs } { -social-worker } and your { -gain-worker } that you want { -family-reunification-said } services. It is your choice.
screening-step-general-relief = These services do not include cash aid. If you need money to live on, you can apply for { -general-relief-said }.
screening-step-tell-worker-homeless = Tell your { -dcfs } { -social-worker } and your { -eligibility-worker } that you are homeless. Ask them to work together to help you.
screening-step-tell-worker-sanction = Tell your { -gain-worker } and your { -dcfs } { -social-worker } about the { -sanction-said }. Ask them to work with you to end it.
screening-step-gsw-cft = Ask your { -dcfs } { -social-worker } to invite the { -linkages-gain-worker } to your { -child-and-family-team-said } meeting.
screening-step-gsw-consult = Your { -social-worker } can also talk with the { -linkages-gain-worker } about your case.
screening-step-dpss-if-dcfs = If you have a case with { -dcfs }, ask your { -social-worker } to help you apply. It can be faster.
screening-step-dpss-through-dcfs = Because you have a case with { -dcfs }, your { -social-worker } can help you with { -dpss }. See the other results.

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
