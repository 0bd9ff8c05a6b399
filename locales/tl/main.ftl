# Linkages site: balangkas ng pahina, home page, paghahanap ng opisina at mga error (Tagalog).
# Reviewed by a certified translator: no.

site-name = Linkages
site-tagline = Tulong para sa mga pamilya sa { -dcfs } at { -dpss }
skip-to-content = Lumaktaw sa pangunahing nilalaman

## Mabilis na pag-alis
exit-link = Umalis agad
exit-hint = Umalis agad sa site na ito. Puwede rin po ninyong pindutin ang Shift key nang 3 beses.

## Kaligtasan, sa bawat pahina
safety-title = Kaligtasan muna
safety-danger = Nasa panganib po ba kayo ngayon? Tumawag sa { $number }.
safety-report = Para mag-report ng pang-aabuso sa bata, tumawag po sa Child Protection Hotline sa { $number }, bukas 24 oras, 7 araw sa isang linggo.

## Menu at wika
nav-label = Pangunahing menu
nav-home = Home
nav-screening = Alamin kung ano ang maaaring para sa inyo
nav-find = Maghanap ng opisina
lang-label = Wika
lang-current = Binabasa ninyo ito sa Tagalog
lang-unreviewed = Hindi pa nasusuri ng isang certified translator ang salin na ito.
lang-read-english = Basahin ang pahinang ito sa Ingles
lang-notice-label = Tungkol sa salin na ito

## Home page
home-title = Tulong para sa mga magulang na may kaso sa { -dcfs }
home-intro = Ang Linkages ay pagtutulungan ng dalawang departamento ng Los Angeles County. Tumutulong ang { -dcfs } sa mga pamilya para maging ligtas ang mga bata. Nagbibigay ang { -dpss } ng tulong na pera, pagkain, pangangalaga sa kalusugan at tulong sa trabaho. Kung kasama po ninyo ang dalawang ito, puwede silang magplano nang magkasama kasama ninyo.
home-services = Kasama sa mga programa ng { -dpss } ang { -calworks } (tulong na pera para sa mga pamilya), { -gain } (tulong sa trabaho at pagsasanay), { -calfresh } (pagkain), { -medi-cal } (pangangalaga sa kalusugan) at { -general-relief-said } (tulong na pera para sa mga nasa hustong gulang).
home-check-title = Alamin kung ano ang maaaring para sa inyo
home-check-text = Sumagot po ng ilang maikling tanong. Hindi namin itatanong ang pangalan ninyo. Hindi namin itatago ang mga sagot ninyo.
home-check-start = Simulan ang mga tanong
home-find-title = Maghanap ng opisina
home-find-text = Hanapin ang mga opisina ng { -dcfs } at { -dpss } na malapit sa inyo, kasama ang mga numero ng telepono at oras ng opisina.
home-find-start = Maghanap ng opisina
home-call-title = Mga linya ng telepono
home-privacy = Hindi nagre-report ang site na ito sa { -dcfs } o { -dpss }. Walang account. Hindi sine-save ang mga sagot ninyo.

## Mga linya ng telepono
line-child-protection = Child Protection Hotline
line-child-protection-hours = 24 oras, 7 araw
line-dpss = { -dpss } Customer Service Center
line-dpss-hours = Lunes hanggang Biyernes, { $opens } hanggang { $closes } (huling kinumpirma ang oras noong 2020)
line-211 = 211 LA County, impormasyon at tulong sa paghahanap ng mga serbisyo
line-211-hours = 24 oras, 7 araw
line-911 = Emergency

## Footer
footer-privacy = Pribado: walang account, walang pagsubaybay, walang cookies maliban sa piniling wika ninyo. Hindi kailanman sine-save o ipinapadala sa { -dcfs } o { -dpss } ang mga sagot ninyo.
footer-guidance = Gabay lamang ang ibinibigay ng site na ito. Ang worker ninyo ang nagpapasya tungkol sa kaso ninyo.
footer-data = Datos ng opisina at telepono: mga pampublikong impormasyon mula sa { -dcfs } at { -dpss } ng Los Angeles County. Lokasyon ng ZIP code: US Census Bureau at GeoNames (CC BY 4.0).

## Mga tanong: unang hakbang (nasa screening.ftl ang mga tanong)
flow-title = Alamin kung ano ang maaaring para sa inyo
flow-continue = Magpatuloy
flow-back = Bumalik
flow-start-over = Magsimula ulit
flow-choose-one = Pumili ng isang sagot.
flow-question-count = Tanong { $number }

## Mga error
error-title = May problema
error-not-found-title = Hindi nakita ang pahina
error-not-found-text = Hindi namin nakita ang pahinang ito. Tingnan po ang address, o pumunta sa home page.

## Mga pahina ng mga tanong
flow-check-title = Tingnan ang mga sagot ninyo
flow-change = Baguhin
flow-see-result = Tingnan kung ano ang maaaring para sa inyo
flow-result-title = Ang maaaring para sa inyo
flow-not-decision = Ang { -form-5122 } screening para sa tulong ng { -dpss } ay ginagawa ng staff ng { -dcfs }: hingin po ito sa inyong { -social-worker }. Hindi nagpapasya ng kahit ano ang site na ito at hindi ito nagre-report sa { -dcfs } o { -dpss }.
flow-no-title = Mga programang mukhang hindi para sa inyo
flow-next-title = Saan pupunta
flow-find-offices = Hanapin ang pinakamalapit na mga opisina
flow-change-answers = Baguhin ang mga sagot ninyo
flow-share-title = Itabi ito para sa susunod
flow-share-text = Puwede ninyong ipadala sa sarili ninyo ang mga pangalan ng mga programang ito. Hindi kasama ang mga sagot ninyo.
flow-share-intro = Mga programa ng Linkages na puwedeng itanong
flow-share-sms = Ipadala sa text message
flow-share-email = Ipadala sa email
flow-print-hint = Para i-print ang pahinang ito, gamitin ang Print menu ng inyong browser.
flow-stores-nothing = Hindi namin sine-save ang mga sagot ninyo at hindi namin ito ipinapadala kaninuman. Kapag isinara ninyo ang pahinang ito, mawawala na ang mga ito.
