# Linkages site: the "Staying safe online" page, linked next to Quick exit and from the footer.

safety-online-link = Staying safe online
safety-online-title = Staying safe online
safety-online-intro = If someone checks your phone or computer, these steps can help keep your visit private.

safety-online-exit-title = Leave fast
safety-online-exit = The { exit-link } button is at the top of every page. It opens a weather search. You can also press the Shift key 3 times, fast.
safety-online-back = { exit-link } does not delete your history. The Back button can still show pages of this site.

safety-online-private-title = Use a private window
safety-online-private = A private window does not keep the pages you visit after you close it. In Chrome it is called Incognito. Open one before you visit this site, and close it when you are done.

safety-online-history-title = Delete this site from your history
safety-online-history-intro = Deleting all of your history can make someone suspicious. You can delete only the pages of this site instead.
safety-online-history-android = Android phone, Chrome: tap the menu (⋮), then History. Tap the ✕ next to each page of this site.
safety-online-history-iphone = iPhone, Safari: tap the book icon, then the clock icon (History). Swipe left on a page of this site and tap Delete.
safety-online-history-samsung = Samsung phone, Samsung Internet: tap the menu (☰), then History. Press and hold a page of this site, then tap Delete.
safety-online-history-computer = Computer: press Ctrl and H together (on a Mac, Command and Y) to open History, then delete the pages of this site.
safety-online-other-device = If you can, use a phone or computer that the other person cannot check, such as one at a library or a friend's.

safety-online-stores-title = What this site keeps
safety-online-stores = This site has no accounts and no tracking. The only cookie remembers your language. Your screening answers are never saved or sent to anyone. They stay only in this browser tab, so Back can show them, and they are gone when you close the tab.
