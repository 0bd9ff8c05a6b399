# Linkages site: the advisor desk (/tl/advisor), machine draft from locales/en/advisor.ftl (tl).
# Reviewed by a certified translator: no.

## The desk
advisor-title = Pahina para sa mga advisor
advisor-intro = Para sa mga advisor ng 2-1-1 at mga advocate na tumutulong sa isang tao sa tawag. Nasa wika ng tumatawag ang pahinang ito. May English sa tabi ng mga salitang babasahin nang malakas.
advisor-query-label = ZIP code, lungsod o lugar ng tumatawag
advisor-submit = Hanapin ang mga opisina
advisor-offices-title = Mga opisina malapit sa { $place }
advisor-lines-title = Mga linya ng telepono ng County
advisor-screening-link = Lahat ng tanong sa isang pahina

## Words to read out to the caller
advisor-script-title = Basahin ito sa tumatawag
advisor-script-dcfs = Ang pinakamalapit na opisina ng { -dcfs } ay ang { $name }.
advisor-script-dpss = Para sa { -calworks } o { -calfresh }, ang pinakamalapit na opisina ng { -dpss } ay ang { $name }.
advisor-script-address = Ang address ay { $address }.
advisor-script-phone = Ang numero ng telepono nito ay { $phone }.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = Text para sa telepono ng tumatawag
advisor-text-hint = Ipadala ito mula sa sarili ninyong phone system. Walang ipinapadala at walang itinatago ang site na ito.
advisor-text-count = { $units } sa { $budget } character, { $segments ->
    [one] { $segments } text message
   *[other] { $segments } text message
}
advisor-text-use = Gamitin ang opisinang ito sa text
advisor-text-in-use = Nasa text na
advisor-copy = Kopyahin ang text
advisor-copied = Nakopya na. I-paste ito sa mensahe ninyo.
advisor-copy-failed = Naka-select na ang text. Pindutin ang Ctrl+C para kopyahin ito.
advisor-error-office = Wala sa listahan namin ang opisinang iyon. Maghanap ulit, o pumili ng opisina sa ibaba ng paghahanap.

## The screening on one page
advisor-screening-title = Lahat ng tanong sa isang pahina
advisor-screening-intro = Itanong ang mga tanong sa kahit anong pagkakasunod-sunod. Pindutin ang "I-update" para itago ang mga tanong na hindi na kailangan. Lalabas ang resulta kapag nasagot na ang lahat ng tanong.
advisor-screening-update = I-update
advisor-screening-open = { $count ->
    [one] May { $count } tanong pa na kailangang sagutin.
   *[other] May { $count } tanong pa na kailangang sagutin.
}
advisor-screening-result = Ang maaaring para sa tumatawag
advisor-screening-say = Sabihin sa tumatawag
advisor-screening-none = Mukhang walang programa ng Linkages na para sa tumatawag ngayon. Puwede pa rin siyang humingi ng tulong sa isang opisina ng { -dpss }.
advisor-screening-problem = May ilang sagot na hindi naintindihan at hindi isinama. Tingnan ulit ang mga ito.
advisor-screening-start-over = Magsimula ulit
