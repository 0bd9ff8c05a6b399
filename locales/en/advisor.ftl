# Linkages site: the advisor desk (/en/advisor) and its screening on one page
# (/en/advisor/screening), for 2-1-1 advisors and advocates helping someone on a call. The page
# is in the caller's language; the words to read aloud and the text message are what the caller
# hears and reads, so write them for a reading age of about 9. Never blame the parent. Program
# and role names are Fluent terms from terms.ftl. advisor-text-* go into a text message of at
# most 2 parts: keep them short.

## The desk
advisor-title = Advisor desk
advisor-intro = For 2-1-1 advisors and advocates helping someone on a call. This page is in the caller's language. The words to read out have English beside them.
advisor-query-label = Caller's ZIP code, city or neighborhood
advisor-submit = Find offices
advisor-offices-title = Offices near { $place }
advisor-lines-title = County phone lines
advisor-screening-link = Screening on one page

## Words to read out to the caller
advisor-script-title = Read this to the caller
advisor-script-dcfs = The nearest { -dcfs } office is { $name }.
advisor-script-dpss = For { -calworks } or { -calfresh }, the nearest { -dpss } office is { $name }.
advisor-script-address = The address is { $address }.
advisor-script-phone = Its phone number is { $phone }.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = Text for the caller's phone
advisor-text-hint = Send it from your own phone system. This site sends nothing and keeps nothing.
advisor-text-count = { $units } of { $budget } characters, { $segments ->
    [one] 1 text message
   *[other] { $segments } text messages
}
advisor-text-use = Use this office in the text
advisor-text-in-use = In the text
advisor-copy = Copy the text
advisor-copied = Copied. Paste it into your message.
advisor-copy-failed = The text is selected. Press Ctrl+C to copy it.
advisor-error-office = That office is not in our list. Search again, or choose an office below the search.

## The screening on one page
advisor-screening-title = Screening on one page
advisor-screening-intro = Ask the questions in any order. Press "Update" to hide the questions that no longer matter. The result shows when every question is answered.
advisor-screening-update = Update
advisor-screening-open = { $count ->
    [one] 1 question still needs an answer.
   *[other] { $count } questions still need an answer.
}
advisor-screening-result = What may fit the caller
advisor-screening-say = Say to the caller
advisor-screening-none = No Linkages path seems to fit now. The caller can still ask for help at a { -dpss } office.
advisor-screening-problem = Some answers were not understood and were left out. Check them again.
advisor-screening-start-over = Start again
