### Sariling screening: mga tanong, sagot at resulta (Tagalog).
# Reviewed by a certified translator: no.
### Ginagamit ng app/src/screening ang mga id (tingnan ang messages.rs). Pareho dapat ang mga id sa bawat wika.
### Isulat para sa edad ng pagbasa na mga 9 na taon, magalang at may "po" kung natural.
### Huwag sisihin ang magulang: sabihing "ang kaso ninyo sa DCFS".
### Huwag baguhin ang mga opisyal na pangalan: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal. Nasa English din ang mga pangalan ng programa ng DCFS
### (Family Maintenance, Family Preservation, Family Reunification), dahil ito ang ginagamit ng mga worker.
### Program and role names are Fluent terms from terms.ftl ({ -dcfs }, { -social-worker }): never
### type them; see locales/glossary.toml and locales/README.md.

## Pahina ng resulta

screening-heading-because = Bakit namin ito sinasabi
screening-heading-next-steps = Ano ang susunod na gagawin
screening-heading-services = Mga serbisyong maaari ninyong makuha
screening-heading-what-would-change = Ano ang maaaring magpabago nito
screening-guidance-not-decision = Gabay lamang ito. Ang worker ninyo ang magpapasya kung ano ang makukuha ninyo.

## Gaano kaangkop ang isang programa

screening-fit-may-fit = Maaaring para sa inyo
screening-fit-ask = Itanong sa inyong worker
screening-fit-no = Mukhang hindi para sa inyo

## Mga tanong: maikling pamagat at isang linyang paliwanag

screening-q-dcfs-case = May bukas po ba kayong kaso sa { -dcfs }?
screening-q-dcfs-case-hint = Ang { -dcfs } ay ang { -dcfs-full } (departamento para sa mga bata at pamilya). Kung may children's { -social-worker } na bumibisita o tumatawag sa inyo, maaaring may kaso kayo.
screening-q-dcfs-service = Anong uri ng tulong ang ibinibigay ng { -dcfs } sa pamilya ninyo?
screening-q-dcfs-service-hint = Masasabi sa inyo ng inyong { -dcfs } { -social-worker } ang pangalan ng programa ninyo.
screening-q-children-location = Saan nakatira ngayon ang mga anak ninyo?
screening-q-children-location-hint = Isipin po ang lahat ng anak ninyo.
screening-q-calworks-now = Tumatanggap po ba kayo ng { -calworks } ngayon?
screening-q-calworks-now-hint = Ang { -calworks } ay pera para sa mga pamilyang may anak. Galing ito sa { -dpss }.
screening-q-calworks-at-removal = Tumatanggap na po ba kayo ng { -calworks } noong pinatira ng { -dcfs } ang mga anak ninyo sa labas ng inyong bahay?
screening-q-calworks-at-removal-hint = Maaaring huminto ang { -calworks } ninyo pagkatapos noon. Sumagot po tungkol sa panahong pinatira sila sa ibang lugar.
screening-q-fr-plan = May { -family-reunification-said } plan po ba kayo sa { -dcfs }?
screening-q-fr-plan-hint = Ito ang planong ginawa ninyo at ng inyong { -dcfs } { -social-worker } para makauwi ang mga anak ninyo.
screening-q-relative-caregiver = Pinatira po ba ng { -dcfs } ang sinuman sa mga anak ninyo sa isang kamag-anak?
screening-q-relative-caregiver-hint = Halimbawa, sa lolo o lola, tita, tito o iba pang kapamilya.
screening-q-homeless = Kayo po ba ay walang tirahan (homeless) ngayon?
screening-q-homeless-hint = Halimbawa, natutulog kayo sa shelter, sa kotse, sa motel o sa labas, o palipat-lipat kayo ng lugar.
screening-q-sanction = Binawasan po ba ng { -dpss } ang { -calworks } ninyo dahil sa { -gain } { -sanction-said }?
screening-q-sanction-hint = Ang { -sanction-said } ay kapag binawasan ng { -dpss } ang { -calworks } ninyo dahil sa isang patakaran ng { -gain } ({ -welfare-to-work-said }). Nakasulat ito sa sulat mula sa { -dpss }.

## Mga pagpipiliang sagot

screening-answer-yes = Oo
screening-answer-no = Hindi
screening-answer-unsure = Hindi ko alam
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = Kasama ninyong nakatira ang mga anak ninyo, at tinutulungan ng isang { -dcfs } { -social-worker } ang pamilya ninyo. Maaaring iniutos ito ng korte o kayo mismo ang pumili nito.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = Kasama ninyong nakatira ang mga anak ninyo, at may { -family-preservation } agency na tumutulong sa pamilya ninyo.
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = Sa ngayon ay nakatira sa ibang lugar ang mga anak ninyo, at nagsisikap kayong maiuwi sila.
screening-answer-investigation = May report na tinitingnan ang { -dcfs }
screening-answer-investigation-hint = May { -social-worker } na tumitingin sa kalagayan ng pamilya ninyo, at wala pang programang nagsisimula.
screening-answer-all-home = Kasama kong nakatira ang lahat ng anak ko
screening-answer-some-removed = Kasama kong nakatira ang ilan, at pinatira ng { -dcfs } ang iba sa ibang lugar
screening-answer-all-removed = Pinatira ng { -dcfs } ang lahat ng anak ko sa labas ng bahay ko

## Mga dahilan: ang sinabi sa amin ng pamilya

screening-reason-dcfs-case-yes = Sinabi po ninyong may bukas kayong kaso sa { -dcfs }.
screening-reason-dcfs-case-no = Sinabi po ninyong wala kayong bukas na kaso sa { -dcfs }.
screening-reason-dcfs-case-unsure = Hindi pa po namin alam kung may bukas kayong kaso sa { -dcfs }.
screening-reason-dcfs-service-family-maintenance = Sinabi po ninyong nasa { -family-maintenance } ang kaso ninyo sa { -dcfs }.
screening-reason-dcfs-service-family-preservation = Sinabi po ninyong nasa { -family-preservation } ng { -dcfs } ang pamilya ninyo.
screening-reason-dcfs-service-family-reunification = Sinabi po ninyong nasa { -family-reunification } ang kaso ninyo sa { -dcfs }.
screening-reason-dcfs-service-investigation = Sinabi po ninyong may report na tinitingnan ang { -dcfs }, at wala pang programang nagsisimula.
screening-reason-dcfs-service-unsure = Hindi pa po namin alam kung saang programa ng { -dcfs } nakalagay ang kaso ninyo.
screening-reason-children-location-all-home = Sinabi po ninyong kasama ninyong nakatira ang lahat ng anak ninyo.
screening-reason-children-location-some-removed = Sinabi po ninyong kasama ninyong nakatira ang ilan sa mga anak ninyo, at pinatira ng { -dcfs } ang iba sa ibang lugar.
screening-reason-children-location-all-removed = Sinabi po ninyong pinatira ng { -dcfs } ang lahat ng anak ninyo sa labas ng bahay ninyo.
screening-reason-children-location-unsure = Hindi pa po namin alam kung saan nakatira ang mga anak ninyo.
screening-reason-calworks-now-yes = Sinabi po ninyong tumatanggap kayo ng { -calworks } ngayon.
screening-reason-calworks-now-no = Sinabi po ninyong hindi kayo tumatanggap ng { -calworks } ngayon.
screening-reason-calworks-now-unsure = Hindi pa po namin alam kung tumatanggap kayo ng { -calworks } ngayon.
screening-reason-calworks-at-removal-yes = Sinabi po ninyong tumatanggap kayo ng { -calworks } noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-reason-calworks-at-removal-no = Sinabi po ninyong hindi kayo tumatanggap ng { -calworks } noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-reason-calworks-at-removal-unsure = Hindi pa po namin alam kung tumatanggap kayo ng { -calworks } noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-reason-fr-plan-yes = Sinabi po ninyong may { -family-reunification } plan kayo sa { -dcfs }.
screening-reason-fr-plan-no = Sinabi po ninyong wala kayong { -family-reunification } plan sa { -dcfs }.
screening-reason-fr-plan-unsure = Hindi pa po namin alam kung may { -family-reunification } plan kayo sa { -dcfs }.
screening-reason-relative-caregiver-yes = Sinabi po ninyong pinatira ng { -dcfs } ang kahit isa sa mga anak ninyo sa isang kamag-anak.
screening-reason-relative-caregiver-no = Sinabi po ninyong hindi pinatira ng { -dcfs } ang sinuman sa mga anak ninyo sa isang kamag-anak.
screening-reason-relative-caregiver-unsure = Hindi pa po namin alam kung may anak kayong nakatira sa isang kamag-anak.
screening-reason-homeless-yes = Sinabi po ninyong wala kayong tirahan ngayon.
screening-reason-homeless-no = Sinabi po ninyong may tirahan kayo ngayon.
screening-reason-homeless-unsure = Hindi pa po namin alam kung wala kayong tirahan ngayon.
screening-reason-sanction-yes = Sinabi po ninyong binawasan ng { -dpss } ang { -calworks } ninyo dahil sa { -gain } { -sanction }.
screening-reason-sanction-no = Sinabi po ninyong hindi binawasan ng { -dpss } ang { -calworks } ninyo dahil sa { -gain } { -sanction }.
screening-reason-sanction-unsure = Hindi pa po namin alam kung binawasan ng { -dpss } ang { -calworks } ninyo dahil sa { -gain } { -sanction }.

## Ano ang magpapabago sa resultang "Itanong sa inyong worker"

screening-change-dcfs-case = Alamin po kung may bukas kayong kaso sa { -dcfs }. Masasabi ito sa inyo ng { -social-worker } ng mga anak ninyo o ng sulat mula sa { -dcfs }.
screening-change-dcfs-service = Itanong po sa inyong { -dcfs } { -social-worker } kung saang programa nakalagay ang kaso ninyo.
screening-change-children-location = Itanong po sa inyong { -dcfs } { -social-worker } kung saan pinatira ang bawat anak ninyo.
screening-change-calworks-now = Alamin po kung tumatanggap kayo ng { -calworks } ngayon. Masasabi ito sa inyo ng inyong { -eligibility-worker-said }, ng mga sulat mula sa { -dpss } o ng BenefitsCal.
screening-change-calworks-at-removal = Itanong po sa inyong { -eligibility-worker } kung may { -calworks } kayo noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-change-fr-plan = Itanong po sa inyong { -dcfs } { -social-worker } kung may { -family-reunification } plan kayo.
screening-change-relative-caregiver = Itanong po sa inyong { -dcfs } { -social-worker } kung may anak kayong pinatira sa isang kamag-anak.
screening-change-homeless = Sabihin po sa inyong worker kung saan kayo natutulog sa gabi. Masasabi nila sa inyo kung ituturing itong walang tirahan.
screening-change-sanction = Itanong po sa inyong { -gain-worker } kung binawasan ang { -calworks } ninyo dahil sa { -sanction }. Nakasulat din ito sa sulat mula sa { -dpss }.

## Mga programa: pamagat at isang pangungusap na buod

screening-path-prevention-5122 = Hilingin sa { -dcfs } na ikonekta kayo sa { -dpss }
screening-path-prevention-5122-summary = Matitingnan ng inyong { -dcfs } { -social-worker } kung maaari kayong makakuha ng tulong mula sa { -dpss }, tulad ng { -calworks }, { -general-relief }, { -calfresh } o { -medi-cal }, at matutulungan niya kayong mag-apply nang mas mabilis.
screening-path-family-maintenance = Mga serbisyo ng { -gain } sa { -family-maintenance-said }
screening-path-family-maintenance-summary = Habang kasama ninyong nakatira ang mga anak ninyo at nasa { -family-maintenance } ang kaso ninyo sa { -dcfs }, maaaring maging bahagi ng inyong { -welfare-to-work-said } plan ang mga serbisyo ng { -gain }.
screening-path-family-preservation = Mga serbisyo ng { -gain } sa { -family-preservation-said }
screening-path-family-preservation-summary = Habang kasama ninyong nakatira ang mga anak ninyo at nasa { -family-preservation } ang pamilya ninyo, magkasamang pinaplano ng { -dcfs } at { -dpss } ang mga serbisyo ninyo, at maaaring maging bahagi ng inyong { -welfare-to-work-said } plan ang mga serbisyo ng { -gain }.
screening-path-family-reunification = Mga serbisyo ng { -gain } sa { -family-reunification-said }
screening-path-family-reunification-summary = Kung may { -calworks } kayo noong pinatira sa labas ng bahay ninyo ang mga anak ninyo, puwede ninyong piliing patuloy na makakuha ng mga serbisyo ng { -gain }, nang walang tulong na pera, para makatulong na maiuwi sila.
screening-path-homeless-outreach = Tulong para sa mga pamilyang walang tirahan
screening-path-homeless-outreach-summary = Kung may { -calworks } kayo at may { -family-maintenance } case kayo sa { -dcfs }, puwedeng magtulungan ang { -dcfs } at { -dpss } para ikonekta ang pamilya ninyo sa tulong para sa mga pamilyang walang tirahan.
screening-path-sanction-help = Tulong para matapos ang { -calworks } { -sanction-said }
screening-path-sanction-help-summary = Puwede kayong lapitan nang magkasama ng { -dcfs } at { -dpss } para matulungan kayong ayusin ang naging dahilan ng { -sanction } at matapos ito.
screening-path-linkages-gsw = Isang { -gain-worker } sa inyong opisina ng { -dcfs }
screening-path-linkages-gsw-summary = Ang isang { -linkages-gain-worker } sa inyong opisina ng { -dcfs } ay puwedeng sumali sa inyong mga { -child-and-family-team-said } meeting at magbigay ng payo tungkol sa kaso ninyo.
screening-path-dpss-apply = Kayo mismo ang mag-apply sa { -dpss }
screening-path-dpss-apply-summary = Puwede kayong mag-apply para sa tulong mula sa { -dpss }, tulad ng { -calworks }, { -calfresh }, { -medi-cal } o { -general-relief }, online o sa telepono.

## Mga susunod na hakbang

screening-step-answer-again = Kung may magbago, puwede ninyong sagutin ulit ang mga tanong.
screening-step-ask-worker = Itanong po sa inyong { -dcfs } { -social-worker }, o sa inyong { -eligibility-worker-said } o { -gain-worker }, kung para sa inyo ito.
screening-step-call-211 = Tumawag po sa 2-1-1 para sa tulong na malapit sa inyo. Libre ito at bukas araw at gabi.
screening-step-wtw-plan = Itanong po kung aling mga serbisyo ang puwedeng maging bahagi ng inyong { -welfare-to-work-said } plan.
screening-step-benefitscal = Mag-apply online sa BenefitsCal.com.
screening-step-call-dpss = O tumawag sa { -dpss } sa (866) 613-3777.
screening-step-ask-5122 = Hilingin po sa inyong { -dcfs } { -social-worker } na tingnan kung puwede kayong makakuha ng tulong mula sa { -dpss }. Gumagamit sila ng form na tinatawag na { -form-5122 }.
screening-step-expedited-intake = Kung maaaring qualified kayo, ipapadala kayo ng inyong { -social-worker } sa { -dpss } para mas mabilis ang inyong application.
screening-step-tell-worker-fm = Sabihin po sa inyong { -eligibility-worker } o { -gain-worker } na may { -family-maintenance-said } case kayo sa { -dcfs }.
screening-step-tell-worker-fp = Sabihin po sa inyong { -eligibility-worker } o { -gain-worker } na nasa { -family-preservation-said } ng { -dcfs } ang pamilya ninyo.
screening-step-fr-volunteer = Sabihin po sa inyong { -dcfs } { -social-worker } at { -gain-worker } na gusto ninyo ng mga serbisyo ng { -family-reunification-said }. Kayo po ang magpapasya.
screening-step-general-relief = Walang kasamang tulong na pera ang mga serbisyong ito. Kung kailangan ninyo ng pera para sa pang-araw-araw na gastos, puwede kayong mag-apply para sa { -general-relief-said }.
screening-step-tell-worker-homeless = Sabihin po sa inyong { -dcfs } { -social-worker } at { -eligibility-worker } na wala kayong tirahan. Hilingin na magtulungan sila para matulungan kayo.
screening-step-tell-worker-sanction = Sabihin po sa inyong { -gain-worker } at { -dcfs } { -social-worker } ang tungkol sa { -sanction-said }. Hilingin na makipagtulungan sila sa inyo para matapos ito.
screening-step-gsw-cft = Hilingin po sa inyong { -dcfs } { -social-worker } na imbitahin ang { -linkages-gain-worker } sa inyong { -child-and-family-team-said } meeting.
screening-step-gsw-consult = Puwede ring kausapin ng inyong { -social-worker } ang { -linkages-gain-worker } tungkol sa kaso ninyo.
screening-step-dpss-if-dcfs = Kung may kaso kayo sa { -dcfs }, hilingin po sa inyong { -social-worker } na tulungan kayong mag-apply. Maaaring mas mabilis ito.
screening-step-dpss-through-dcfs = Dahil may kaso kayo sa { -dcfs }, matutulungan kayo ng inyong { -social-worker } sa { -dpss }. Tingnan ang iba pang resulta.

## Mga serbisyo

screening-service-mental-health = Mga serbisyo para sa kalusugan ng isip (mental health)
screening-service-domestic-violence = Mga serbisyo tungkol sa karahasan sa tahanan
screening-service-substance-use = Tulong tungkol sa paggamit ng alak o droga
screening-service-education-training = Pag-aaral at pagsasanay
screening-service-employment = Tulong para makahanap at mapanatili ang trabaho
screening-service-transportation = Tulong sa transportasyon
screening-service-child-care = Pag-aalaga ng bata (child care)
screening-service-ancillary-costs = Tulong sa pagbabayad ng libro, gamit, uniporme at bayarin
screening-service-housing-support = Tulong sa pabahay
screening-service-moving-assistance = Tulong sa gastos sa paglipat ng bahay
screening-service-temporary-homeless-assistance = Panandaliang tulong habang wala kayong tirahan

## Mga limitasyon sa oras ($months, $max_months: mga numero)

screening-time-limit =
    { $months ->
        [one] Maaaring tumagal ang mga serbisyong ito nang hanggang { $months } buwan.
       *[other] Maaaring tumagal ang mga serbisyong ito nang hanggang { $months } buwan.
    }
screening-time-limit-extendable =
    { $months ->
        [one] Maaaring tumagal ang mga serbisyong ito nang { $months } buwan. Kung pasok po kayo sa mga patakaran ng programa, puwede itong magpatuloy nang hanggang { $max_months } buwan.
       *[other] Maaaring tumagal ang mga serbisyong ito nang { $months } buwan. Kung pasok po kayo sa mga patakaran ng programa, puwede itong magpatuloy nang hanggang { $max_months } buwan.
    }
