# Linkages site: page frame, home page, locator and errors (English).
# Source language: translations follow these ids.

site-name = Linkages
site-tagline = Help for families with { -dcfs } and { -dpss }
skip-to-content = Skip to main content

## Quick exit
exit-link = Quick exit
exit-hint = Leave this site fast. You can also press the Shift key 3 times.

## Safety, on every page
safety-title = Safety first
safety-danger = In danger now? Call { $number }.
safety-report = To report child abuse, call the Child Protection Hotline at { $number }, open 24 hours, 7 days.

## Navigation and language
nav-label = Main menu
nav-home = Home
nav-screening = Check what may fit you
nav-find = Find an office
lang-label = Language
lang-current = Now reading in English
lang-unreviewed = A certified translator has not checked this translation yet.
lang-read-english = Read this page in English
lang-notice-label = About this translation

## Home page
home-title = Help for parents with a { -dcfs } case
home-intro = Linkages is a partnership between two Los Angeles County departments. { -dcfs } works with families on child safety. { -dpss } gives cash aid, food, health care and job help. If you work with both, they can plan together with you.
home-services = { -dpss } programs include { -calworks } (cash aid for families), { -gain } (help with jobs and training), { -calfresh } (food), { -medi-cal } (health care) and { -general-relief-said } (cash aid for adults).
home-check-title = Check what may fit you
home-check-text = Answer a few short questions. We do not ask your name. We do not keep your answers.
home-check-start = Start the questions
home-find-title = Find an office
home-find-text = Find the { -dcfs } and { -dpss } offices near you, with phone numbers and hours.
home-find-start = Find an office
home-call-title = Phone lines
home-privacy = This site does not report to { -dcfs } or { -dpss }. There are no accounts. Your answers are not saved.

## Phone lines
line-child-protection = Child Protection Hotline
line-child-protection-hours = 24 hours, 7 days
line-dpss = { -dpss } Customer Service Center
line-dpss-hours = Monday to Friday, { $opens } to { $closes } (hours last confirmed in 2020)
line-211 = 211 LA County, information and help with services
line-211-hours = 24 hours, 7 days
line-911 = Emergency

## Footer
footer-privacy = Private: no account, no tracking, no cookies except your language choice. Your answers are never saved or sent to { -dcfs } or { -dpss }.
footer-guidance = This site gives guidance only. Your worker makes the decisions about your case.
footer-data = Office and phone data: Los Angeles County { -dcfs } and { -dpss } public sources. ZIP code locations: US Census Bureau and GeoNames (CC BY 4.0).

## Screening: first steps (the questions themselves are in screening.ftl)
flow-title = Check what may fit you
flow-continue = Continue
flow-back = Back
flow-start-over = Start over
flow-choose-one = Choose one answer.
flow-question-count = Question { $number }

## Errors
error-title = There is a problem
error-not-found-title = Page not found
error-not-found-text = We could not find this page. Check the address, or go to the home page.

## Screening pages
flow-check-title = Check your answers
flow-change = Change
flow-see-result = See what may fit you
flow-result-title = What may fit you
flow-not-decision = The { -form-5122 } screening for { -dpss } help is done by { -dcfs } staff: ask your { -social-worker } for it. This site does not decide anything and does not report to { -dcfs } or { -dpss }.
flow-no-title = Paths that do not seem to fit you
flow-next-title = Where to go
flow-find-offices = Find the nearest offices
flow-change-answers = Change your answers
flow-share-title = Keep this for later
flow-share-text = You can send the names of these programs to yourself. Your answers are not included.
flow-share-intro = Linkages programs to ask about
flow-share-sms = Send by text message
flow-share-email = Send by email
flow-print-hint = To print this page, use your browser's Print menu.
flow-stores-nothing = We did not save your answers or send them to anyone. When you close this page, they are gone.
