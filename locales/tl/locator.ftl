# Linkages site: paghahanap ng opisina (Tagalog).
# Reviewed by a certified translator: no.

## Form sa paghahanap
find-title = Maghanap ng opisina
find-intro = Hanapin ang pinakamalapit na mga opisina ng { -dcfs } at { -dpss }, kasama ang mga numero ng telepono at oras ng opisina nila.
find-query-label = ZIP code o lungsod
find-query-hint = Halimbawa: 90020, o Pasadena
find-submit = Hanapin
find-location-button = Gamitin ang lokasyon ko
find-location-nojs = Para maghanap mula sa kinaroroonan ninyo, i-on po ang JavaScript. O ilagay ang ZIP code ninyo.
find-location-pending = Hinahanap ang lokasyon ninyo…
find-location-unavailable = Hindi namin mahanap ang lokasyon ninyo. ZIP code na lang po ninyo ang ilagay.
find-location-denied = Hindi ibinahagi ng browser ninyo ang lokasyon ninyo. Para payagan ito, buksan po ang site settings sa browser ninyo. O ilagay ang ZIP code ninyo.
find-location-timeout = Masyadong natagalan ang paghahanap sa lokasyon ninyo. Subukan po ulit, o ilagay ang ZIP code ninyo.

## Mga resulta
find-results-title = Mga opisina malapit sa { $place }
find-results-location = Mga opisina malapit sa kinaroroonan ninyo
find-from-zip-centre = Sinusukat ang layo mula sa gitna ng lugar ng ZIP code.
find-from-place-centre = Sinusukat ang layo mula sa gitna ng lugar na ito.
find-near-county-line = Napakalapit po ng lugar na ito sa hangganan ng Los Angeles County. Tiyakin po ninyo na sa Los Angeles County kayo nakatira. Kung sa ibang county kayo nakatira, tumawag po sa 2-1-1 para makahanap ng tulong doon.
find-dcfs-title = Mga opisina ng { -dcfs } (tulong sa kaso tungkol sa mga anak ninyo)
find-dpss-title = Mga opisina ng { -dpss } ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = Mula pa noong 2017 ang listahang ito ng mga opisina ng { -dcfs }. Sinasabi ngayon ng { -dcfs } na may 20 opisina sila, kaya baka may isang kulang dito.
find-dpss-partial = Hindi po lahat ng opisina ng { -dpss } ay nakalista rito. Para mahanap ang sa inyo, tumawag sa { -dpss } Customer Service Center sa { $number }, o mag-apply online sa BenefitsCal.
find-nearest-not-assigned = Maaaring hindi ang pinakamalapit na opisina ang humahawak ng kaso ninyo. Masasabi ng inyong worker kung aling opisina ang sa inyo.
find-serving-title = Ang inyong opisina: naglilingkod sa inyong lugar
find-serving-approximate = Ginamit namin ang gitna ng ZIP code o lugar na ibinigay ninyo. Kung nakatira kayo malapit sa hangganan ng isang lugar, maaaring ibang opisina ang maglingkod sa inyo.
find-serving-none = Hindi namin alam kung aling opisina ang naglilingkod sa lugar na ito. Masasabi ito sa inyo ng inyong worker o ng pinakamalapit na opisina.
find-distance = { $distance } { $miles ->
        [one] milya
       *[other] milya
    } ang layo
find-distance-about = Mga { $distance } { $miles ->
        [one] milya
       *[other] milya
    } ang layo
find-unverified = Hindi pa nasusuri sa ahensya
find-approximate = Tinatayang lugar lang ang nasa mapa
find-phone-missing = Hindi alam ang numero ng telepono
find-phone-countywide = Ito ang linya ng { -dpss } para sa buong county, hindi ang sariling numero ng opisinang ito.
find-phone-unverified = Hindi namin nasuri ang numerong ito.
find-hours-missing = Hindi alam ang oras ng opisina. Tumawag po muna bago pumunta.
find-hours-conflicting = Magkakaiba ang oras na sinasabi ng mga pinagkunan namin. Tumawag po muna bago pumunta.
find-open-until = Bukas ngayon, hanggang { $time }
find-open-always = Bukas 24 oras
find-closed-opens = Sarado ngayon. Magbubukas sa { $day }, { $time }
find-closed = Sarado ngayon
find-directions = Direksyon (magbubukas ng website ng mapa)
find-source = Saan galing ang impormasyong ito
find-checked = Sinuri noong { $date }
find-report = Iulat ang problema sa impormasyong ito (bubuksan ang iyong email app)

## Mga lugar na may higit sa isang ZIP code
find-choose-title = Higit sa isang ZIP code ang tugma sa { $name }
find-choose-text = Piliin ang ZIP code ninyo:

## Mga problema sa paghahanap
find-error-empty = Maglagay ng ZIP code o pangalan ng lungsod.
find-error-malformed-zip = Maglagay po ng ZIP code na may 5 numero, tulad ng 90020.
find-error-zip-not-in-county = Ang { $input } ay hindi ZIP code sa Los Angeles County. Maglagay po ng ZIP code na nasa county.
find-error-unknown-place = Hindi pa po namin alam ang pangalang { $input }. Subukan po ang ZIP code ninyo.
find-error-malformed-coordinate = Hindi namin mabasa ang lokasyong iyon. ZIP code na lang po ninyo ang ilagay.
find-error-coordinate-outside-county = Nasa labas ng Los Angeles County ang lokasyong iyon. Maglagay ng ZIP code na nasa county.

## Mga araw at oras
weekday-0 = Lunes
weekday-1 = Martes
weekday-2 = Miyerkoles
weekday-3 = Huwebes
weekday-4 = Biyernes
weekday-5 = Sabado
weekday-6 = Linggo

## Office search: which agency's offices to show
find-agency-label = Ipakita ang mga opisina ng
find-agency-both = { -dcfs } at { -dpss }
find-agency-dcfs = { -dcfs } lang
find-agency-dpss = { -dpss } lang

## All phone lines
hotlines-title = Lahat ng linya ng telepono
hotlines-intro = Lahat ng linya ng telepono na alam namin para sa mga pamilya sa Los Angeles County. Sinasabi ng bawat isa kung saan galing ang numero nito.
hotlines-source-language = Nasa Ingles ang mga pangalan at paglalarawan, gaya ng ibinigay ng mga pinagmulan.
hotlines-all-link = Tingnan ang lahat ng linya ng telepono

## Mapa sa tabi ng mga resulta (iginuhit ng site na ito)
find-map-label = Mapa: { $point }. { $count ->
        [one] Isang opisina
       *[other] { $count } opisina
    } mula sa listahan.
find-map-point-zip = tinatayang: gitna ng ZIP { $zip }
find-map-point-place = tinatayang: gitna ng { $place }
find-map-point-exact = kung saan kayo naghanap
find-map-scale = { $distance } { $miles ->
        [one] milya
       *[other] milya
    }
find-map-key-dcfs = Opisina ng { -dcfs }
find-map-key-dpss = Opisina ng { -dpss }
find-map-credit = Kami mismo ang gumuhit ng mapang ito. Hangganan ng county: US Census Bureau. Mga pangalan ng lugar: GeoNames (geonames.org, CC BY 4.0).
