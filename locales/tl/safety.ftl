# Linkages site: ang pahinang "Manatiling ligtas online", naka-link sa tabi ng Umalis agad at sa footer (Tagalog).
# Reviewed by a certified translator: no.

safety-online-link = Manatiling ligtas online
safety-online-title = Manatiling ligtas online
safety-online-intro = Kung may tumitingin sa telepono o computer ninyo, makakatulong po ang mga hakbang na ito para manatiling pribado ang pagbisita ninyo sa site na ito.

safety-online-exit-title = Umalis agad
safety-online-exit = Nasa itaas ng bawat pahina ang button na "{ exit-link }". Nagbubukas ito ng paghahanap ng lagay ng panahon. Puwede rin po ninyong pindutin ang Shift key nang 3 beses nang mabilis.
safety-online-back = Hindi binubura ng button na "{ exit-link }" ang History ninyo. Puwede pa ring ipakita ng Back button ang mga pahina ng site na ito.

safety-online-private-title = Gumamit ng private window
safety-online-private = Hindi itinatago ng private window ang mga pahinang binisita ninyo pagkasara ninyo nito. Sa Chrome, tinatawag itong Incognito. Magbukas po ng isa bago bisitahin ang site na ito, at isara ito kapag tapos na kayo.

safety-online-history-title = Burahin ang site na ito sa History ninyo
safety-online-history-intro = Kapag binura ninyo ang buong History, baka may magduda. Sa halip, puwede po ninyong burahin ang mga pahina lang ng site na ito.
safety-online-history-android = Android phone, Chrome: i-tap ang menu (⋮), tapos ang History. I-tap ang ✕ sa tabi ng bawat pahina ng site na ito.
safety-online-history-iphone = iPhone, Safari: i-tap ang icon na libro, tapos ang icon na orasan (History). I-swipe pakaliwa ang isang pahina ng site na ito at i-tap ang Delete.
safety-online-history-samsung = Samsung phone, Samsung Internet: i-tap ang menu (☰), tapos ang History. Pindutin nang matagal ang isang pahina ng site na ito, tapos i-tap ang Delete.
safety-online-history-computer = Computer: pindutin nang sabay ang Ctrl at H (sa Mac, Command at Y) para buksan ang History, tapos burahin ang mga pahina ng site na ito.
safety-online-other-device = Kung kaya po ninyo, gumamit ng telepono o computer na hindi matitingnan ng taong iyon, gaya ng nasa library o ng isang kaibigan.

safety-online-stores-title = Ano ang itinatago ng site na ito
safety-online-stores = Walang account at walang pagsubaybay sa site na ito. Ang tanging cookie ay para tandaan ang wika ninyo. Hindi kailanman sine-save o ipinapadala kaninuman ang mga sagot ninyo sa mga tanong. Nasa tab lang na ito ng browser ang mga ito, para maipakita ng Back button, at mawawala ang mga ito kapag isinara ninyo ang tab.
