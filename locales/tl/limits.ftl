# Linkages site: kapag pinaghihintay ng site ang mambabasa (Tagalog).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = Pakihintay po ng isang minuto
limits-search-text = Marami kaming natanggap na paghahanap mula sa internet ninyo sa maikling oras. Maghintay po ng isang minuto, saka maghanap ulit.
limits-search-call = Kung kailangan ninyo ng tulong ngayon, tumawag po sa isa sa mga numero sa ibaba.
