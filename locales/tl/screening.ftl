### Sariling screening: mga tanong, sagot at resulta (Tagalog).
# Reviewed by a certified translator: no.
### Ginagamit ng app/src/screening ang mga id (tingnan ang messages.rs). Pareho dapat ang mga id sa bawat wika.
### Isulat para sa edad ng pagbasa na mga 9 na taon, magalang at may "po" kung natural.
### Huwag sisihin ang magulang: sabihing "ang kaso ninyo sa DCFS".
### Huwag baguhin ang mga opisyal na pangalan: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal. Nasa English din ang mga pangalan ng programa ng DCFS
### (Family Maintenance, Family Preservation, Family Reunification), dahil ito ang ginagamit ng mga worker.

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

screening-q-dcfs-case = May bukas po ba kayong kaso sa DCFS?
screening-q-dcfs-case-hint = Ang DCFS ay ang Department of Children and Family Services (departamento para sa mga bata at pamilya). Kung may children's social worker na bumibisita o tumatawag sa inyo, maaaring may kaso kayo.
screening-q-dcfs-service = Anong uri ng tulong ang ibinibigay ng DCFS sa pamilya ninyo?
screening-q-dcfs-service-hint = Masasabi sa inyo ng inyong DCFS social worker ang pangalan ng programa ninyo.
screening-q-children-location = Saan nakatira ngayon ang mga anak ninyo?
screening-q-children-location-hint = Isipin po ang lahat ng anak ninyo.
screening-q-calworks-now = Tumatanggap po ba kayo ng CalWORKs ngayon?
screening-q-calworks-now-hint = Ang CalWORKs ay pera para sa mga pamilyang may anak. Galing ito sa DPSS.
screening-q-calworks-at-removal = Tumatanggap na po ba kayo ng CalWORKs noong pinatira ng DCFS ang mga anak ninyo sa labas ng inyong bahay?
screening-q-calworks-at-removal-hint = Maaaring huminto ang CalWORKs ninyo pagkatapos noon. Sumagot po tungkol sa panahong pinatira sila sa ibang lugar.
screening-q-fr-plan = May Family Reunification plan po ba kayo sa DCFS?
screening-q-fr-plan-hint = Ito ang planong ginawa ninyo at ng inyong DCFS social worker para makauwi ang mga anak ninyo.
screening-q-relative-caregiver = Pinatira po ba ng DCFS ang sinuman sa mga anak ninyo sa isang kamag-anak?
screening-q-relative-caregiver-hint = Halimbawa, sa lolo o lola, tita, tito o iba pang kapamilya.
screening-q-homeless = Kayo po ba ay walang tirahan (homeless) ngayon?
screening-q-homeless-hint = Halimbawa, natutulog kayo sa shelter, sa kotse, sa motel o sa labas, o palipat-lipat kayo ng lugar.
screening-q-sanction = Binawasan po ba ng DPSS ang CalWORKs ninyo dahil sa GAIN sanction?
screening-q-sanction-hint = Ang sanction ay kapag binawasan ng DPSS ang CalWORKs ninyo dahil sa isang patakaran ng GAIN (Welfare-to-Work). Nakasulat ito sa sulat mula sa DPSS.

## Mga pagpipiliang sagot

screening-answer-yes = Oo
screening-answer-no = Hindi
screening-answer-unsure = Hindi ko alam
screening-answer-family-maintenance = Family Maintenance
screening-answer-family-maintenance-hint = Kasama ninyong nakatira ang mga anak ninyo, at tinutulungan ng isang DCFS social worker ang pamilya ninyo. Maaaring iniutos ito ng korte o kayo mismo ang pumili nito.
screening-answer-family-preservation = Family Preservation
screening-answer-family-preservation-hint = Kasama ninyong nakatira ang mga anak ninyo, at may Family Preservation agency na tumutulong sa pamilya ninyo.
screening-answer-family-reunification = Family Reunification
screening-answer-family-reunification-hint = Sa ngayon ay nakatira sa ibang lugar ang mga anak ninyo, at nagsisikap kayong maiuwi sila.
screening-answer-investigation = May report na tinitingnan ang DCFS
screening-answer-investigation-hint = May social worker na tumitingin sa kalagayan ng pamilya ninyo, at wala pang programang nagsisimula.
screening-answer-all-home = Kasama kong nakatira ang lahat ng anak ko
screening-answer-some-removed = Kasama kong nakatira ang ilan, at pinatira ng DCFS ang iba sa ibang lugar
screening-answer-all-removed = Pinatira ng DCFS ang lahat ng anak ko sa labas ng bahay ko

## Mga dahilan: ang sinabi sa amin ng pamilya

screening-reason-dcfs-case-yes = Sinabi po ninyong may bukas kayong kaso sa DCFS.
screening-reason-dcfs-case-no = Sinabi po ninyong wala kayong bukas na kaso sa DCFS.
screening-reason-dcfs-case-unsure = Hindi pa po namin alam kung may bukas kayong kaso sa DCFS.
screening-reason-dcfs-service-family-maintenance = Sinabi po ninyong nasa Family Maintenance ang kaso ninyo sa DCFS.
screening-reason-dcfs-service-family-preservation = Sinabi po ninyong nasa Family Preservation ng DCFS ang pamilya ninyo.
screening-reason-dcfs-service-family-reunification = Sinabi po ninyong nasa Family Reunification ang kaso ninyo sa DCFS.
screening-reason-dcfs-service-investigation = Sinabi po ninyong may report na tinitingnan ang DCFS, at wala pang programang nagsisimula.
screening-reason-dcfs-service-unsure = Hindi pa po namin alam kung saang programa ng DCFS nakalagay ang kaso ninyo.
screening-reason-children-location-all-home = Sinabi po ninyong kasama ninyong nakatira ang lahat ng anak ninyo.
screening-reason-children-location-some-removed = Sinabi po ninyong kasama ninyong nakatira ang ilan sa mga anak ninyo, at pinatira ng DCFS ang iba sa ibang lugar.
screening-reason-children-location-all-removed = Sinabi po ninyong pinatira ng DCFS ang lahat ng anak ninyo sa labas ng bahay ninyo.
screening-reason-children-location-unsure = Hindi pa po namin alam kung saan nakatira ang mga anak ninyo.
screening-reason-calworks-now-yes = Sinabi po ninyong tumatanggap kayo ng CalWORKs ngayon.
screening-reason-calworks-now-no = Sinabi po ninyong hindi kayo tumatanggap ng CalWORKs ngayon.
screening-reason-calworks-now-unsure = Hindi pa po namin alam kung tumatanggap kayo ng CalWORKs ngayon.
screening-reason-calworks-at-removal-yes = Sinabi po ninyong tumatanggap kayo ng CalWORKs noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-reason-calworks-at-removal-no = Sinabi po ninyong hindi kayo tumatanggap ng CalWORKs noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-reason-calworks-at-removal-unsure = Hindi pa po namin alam kung tumatanggap kayo ng CalWORKs noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-reason-fr-plan-yes = Sinabi po ninyong may Family Reunification plan kayo sa DCFS.
screening-reason-fr-plan-no = Sinabi po ninyong wala kayong Family Reunification plan sa DCFS.
screening-reason-fr-plan-unsure = Hindi pa po namin alam kung may Family Reunification plan kayo sa DCFS.
screening-reason-relative-caregiver-yes = Sinabi po ninyong pinatira ng DCFS ang kahit isa sa mga anak ninyo sa isang kamag-anak.
screening-reason-relative-caregiver-no = Sinabi po ninyong hindi pinatira ng DCFS ang sinuman sa mga anak ninyo sa isang kamag-anak.
screening-reason-relative-caregiver-unsure = Hindi pa po namin alam kung may anak kayong nakatira sa isang kamag-anak.
screening-reason-homeless-yes = Sinabi po ninyong wala kayong tirahan ngayon.
screening-reason-homeless-no = Sinabi po ninyong may tirahan kayo ngayon.
screening-reason-homeless-unsure = Hindi pa po namin alam kung wala kayong tirahan ngayon.
screening-reason-sanction-yes = Sinabi po ninyong binawasan ng DPSS ang CalWORKs ninyo dahil sa GAIN sanction.
screening-reason-sanction-no = Sinabi po ninyong hindi binawasan ng DPSS ang CalWORKs ninyo dahil sa GAIN sanction.
screening-reason-sanction-unsure = Hindi pa po namin alam kung binawasan ng DPSS ang CalWORKs ninyo dahil sa GAIN sanction.

## Ano ang magpapabago sa resultang "Itanong sa inyong worker"

screening-change-dcfs-case = Alamin po kung may bukas kayong kaso sa DCFS. Masasabi ito sa inyo ng social worker ng mga anak ninyo o ng sulat mula sa DCFS.
screening-change-dcfs-service = Itanong po sa inyong DCFS social worker kung saang programa nakalagay ang kaso ninyo.
screening-change-children-location = Itanong po sa inyong DCFS social worker kung saan pinatira ang bawat anak ninyo.
screening-change-calworks-now = Alamin po kung tumatanggap kayo ng CalWORKs ngayon. Masasabi ito sa inyo ng inyong Eligibility Worker, ng mga sulat mula sa DPSS o ng BenefitsCal.
screening-change-calworks-at-removal = Itanong po sa inyong Eligibility Worker kung may CalWORKs kayo noong pinatira sa labas ng bahay ninyo ang mga anak ninyo.
screening-change-fr-plan = Itanong po sa inyong DCFS social worker kung may Family Reunification plan kayo.
screening-change-relative-caregiver = Itanong po sa inyong DCFS social worker kung may anak kayong pinatira sa isang kamag-anak.
screening-change-homeless = Sabihin po sa inyong worker kung saan kayo natutulog sa gabi. Masasabi nila sa inyo kung ituturing itong walang tirahan.
screening-change-sanction = Itanong po sa inyong GAIN worker kung binawasan ang CalWORKs ninyo dahil sa sanction. Nakasulat din ito sa sulat mula sa DPSS.

## Mga programa: pamagat at isang pangungusap na buod

screening-path-prevention-5122 = Hilingin sa DCFS na ikonekta kayo sa DPSS
screening-path-prevention-5122-summary = Matitingnan ng inyong DCFS social worker kung maaari kayong makakuha ng tulong mula sa DPSS, tulad ng CalWORKs, General Relief, CalFresh o Medi-Cal, at matutulungan niya kayong mag-apply nang mas mabilis.
screening-path-family-maintenance = Mga serbisyo ng GAIN sa Family Maintenance
screening-path-family-maintenance-summary = Habang kasama ninyong nakatira ang mga anak ninyo at nasa Family Maintenance ang kaso ninyo sa DCFS, maaaring maging bahagi ng inyong Welfare-to-Work plan ang mga serbisyo ng GAIN.
screening-path-family-preservation = Mga serbisyo ng GAIN sa Family Preservation
screening-path-family-preservation-summary = Habang kasama ninyong nakatira ang mga anak ninyo at nasa Family Preservation ang pamilya ninyo, magkasamang pinaplano ng DCFS at DPSS ang mga serbisyo ninyo, at maaaring maging bahagi ng inyong Welfare-to-Work plan ang mga serbisyo ng GAIN.
screening-path-family-reunification = Mga serbisyo ng GAIN sa Family Reunification
screening-path-family-reunification-summary = Kung may CalWORKs kayo noong pinatira sa labas ng bahay ninyo ang mga anak ninyo, puwede ninyong piliing patuloy na makakuha ng mga serbisyo ng GAIN, nang walang tulong na pera, para makatulong na maiuwi sila.
screening-path-homeless-outreach = Tulong para sa mga pamilyang walang tirahan
screening-path-homeless-outreach-summary = Kung may CalWORKs kayo at may Family Maintenance case kayo sa DCFS, puwedeng magtulungan ang DCFS at DPSS para ikonekta ang pamilya ninyo sa tulong para sa mga pamilyang walang tirahan.
screening-path-sanction-help = Tulong para matapos ang CalWORKs sanction
screening-path-sanction-help-summary = Puwede kayong lapitan nang magkasama ng DCFS at DPSS para matulungan kayong ayusin ang naging dahilan ng sanction at matapos ito.
screening-path-linkages-gsw = Isang GAIN worker sa inyong opisina ng DCFS
screening-path-linkages-gsw-summary = Ang isang Linkages GAIN Services Worker sa inyong opisina ng DCFS ay puwedeng sumali sa inyong mga Child and Family Team meeting at magbigay ng payo tungkol sa kaso ninyo.
screening-path-dpss-apply = Kayo mismo ang mag-apply sa DPSS
screening-path-dpss-apply-summary = Puwede kayong mag-apply para sa tulong mula sa DPSS, tulad ng CalWORKs, CalFresh, Medi-Cal o General Relief, online o sa telepono.

## Mga susunod na hakbang

screening-step-answer-again = Kung may magbago, puwede ninyong sagutin ulit ang mga tanong.
screening-step-ask-worker = Itanong po sa inyong DCFS social worker, o sa inyong Eligibility Worker o GAIN worker, kung para sa inyo ito.
screening-step-call-211 = Tumawag po sa 2-1-1 para sa tulong na malapit sa inyo. Libre ito at bukas araw at gabi.
screening-step-wtw-plan = Itanong po kung aling mga serbisyo ang puwedeng maging bahagi ng inyong Welfare-to-Work plan.
screening-step-benefitscal = Mag-apply online sa BenefitsCal.com.
screening-step-call-dpss = O tumawag sa DPSS sa (866) 613-3777.
screening-step-ask-5122 = Hilingin po sa inyong DCFS social worker na tingnan kung puwede kayong makakuha ng tulong mula sa DPSS. Gumagamit sila ng form na tinatawag na DCFS 5122.
screening-step-expedited-intake = Kung maaaring qualified kayo, ipapadala kayo ng inyong social worker sa DPSS para mas mabilis ang inyong application.
screening-step-tell-worker-fm = Sabihin po sa inyong Eligibility Worker o GAIN worker na may Family Maintenance case kayo sa DCFS.
screening-step-tell-worker-fp = Sabihin po sa inyong Eligibility Worker o GAIN worker na nasa Family Preservation ng DCFS ang pamilya ninyo.
screening-step-fr-volunteer = Sabihin po sa inyong DCFS social worker at GAIN worker na gusto ninyo ng mga serbisyo ng Family Reunification. Kayo po ang magpapasya.
screening-step-general-relief = Walang kasamang tulong na pera ang mga serbisyong ito. Kung kailangan ninyo ng pera para sa pang-araw-araw na gastos, puwede kayong mag-apply para sa General Relief.
screening-step-tell-worker-homeless = Sabihin po sa inyong DCFS social worker at Eligibility Worker na wala kayong tirahan. Hilingin na magtulungan sila para matulungan kayo.
screening-step-tell-worker-sanction = Sabihin po sa inyong GAIN worker at DCFS social worker ang tungkol sa sanction. Hilingin na makipagtulungan sila sa inyo para matapos ito.
screening-step-gsw-cft = Hilingin po sa inyong DCFS social worker na imbitahin ang Linkages GAIN Services Worker sa inyong Child and Family Team meeting.
screening-step-gsw-consult = Puwede ring kausapin ng inyong social worker ang Linkages GAIN Services Worker tungkol sa kaso ninyo.
screening-step-dpss-if-dcfs = Kung may kaso kayo sa DCFS, hilingin po sa inyong social worker na tulungan kayong mag-apply. Maaaring mas mabilis ito.
screening-step-dpss-through-dcfs = Dahil may kaso kayo sa DCFS, matutulungan kayo ng inyong social worker sa DPSS. Tingnan ang iba pang resulta.

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
