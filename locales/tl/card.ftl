# Linkages site: the hand-off card (/tl/card), machine draft from locales/en/card.ftl (tl).
# Reviewed by a certified translator: no.

card-link = Card na dadalhin mo
card-link-discreet = Pribadong card: address at telepono lang
card-title = Card na dadalhin mo
card-discreet-title = Address at telepono
card-intro = Dalhin ang card na ito sa opisina. Pareho ang nakasulat sa wika mo at sa English, kaya mababasa ito mo at ng worker.
card-print-hint = Para i-print, gamitin ang Print sa menu ng browser mo. Kasya ito sa isang pahina.
card-discreet-link = Ipakita ang pribadong card (walang pangalan ng opisina o programa)
card-full-link = Ipakita ang buong card
card-show-desk = Pakipakita po ang card na ito sa front desk.
card-paths-title = Tulong na maaaring para sa iyo
card-say-label = Ano ang sasabihin:
card-office-title = Opisina
card-address = Address
card-address-missing = Hindi alam ang address. Tumawag bago pumunta.
card-phone = Telepono
card-hours = Oras ng bukas
card-discreet-line-help = Linya ng tulong
card-discreet-line-info = Linya ng impormasyon, libre
card-add-office = Magdagdag ng opisina sa card na ito: maghanap ng opisina
card-no-answers = Hindi ipinapakita ng card na ito ang mga sagot mo. Hindi ito desisyon: ang worker ang magpapasya.
card-error-empty = Hindi sinasabi ng link na ito kung anong tulong o opisina ang ilalagay sa card. Maghanap ng opisina o sagutin ang mga tanong, saka piliin ulit ang card.
card-error-unknown-path = Hindi namin kilala ang tulong na nasa link na ito. Maaaring luma o putol ang link.
card-error-unknown-office = Hindi namin mahanap ang opisinang ito. Maaaring lumipat o nagsara na ito. Pakihanap po ulit ang mga opisina.
card-error-too-many = Sobra sa isang pahina ang laman ng link na ito. Piliin ulit ang card mula sa isang opisina.
card-error-bad-parameter = May bahagi ang link na ito na hindi namin maintindihan. Maaaring luma o putol ang link.
card-error-find = Maghanap ng opisina
card-error-screening = Sagutin ang mga tanong
