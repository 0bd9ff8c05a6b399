# Linkages site: the hand-off card (/en/card), one printed page to take to an office, in the
# reader's language and in English. Write for a reading age of about 9. Never blame the parent.
# Program and role names are Fluent terms from terms.ftl; the card's words for the worker come
# from screening.ftl. The discreet messages (card-discreet-*) must name no agency, no program
# and nothing about child welfare, in any language.

## Links to the card (office finder, screening result)
card-link = Card to take with you
card-link-discreet = Private card: address and phone only

## The card page
card-title = Card to take with you
card-discreet-title = Address and phone
card-intro = Take this card to the office. It shows the same words in your language and in English, so you and the worker can read it.
card-print-hint = To print it, use your browser's Print menu. It fits on one page.
card-discreet-link = Show a private card instead (no names of offices or programs)
card-full-link = Show the full card
card-show-desk = Please show this card at the front desk.
card-paths-title = Help that may fit you
card-say-label = What to say:
card-office-title = Office
card-address = Address
card-address-missing = Address not known. Call before you go.
card-phone = Phone
card-hours = Hours
card-discreet-line-help = Help line
card-discreet-line-info = Information line, free
card-add-office = Add an office to this card: find an office
card-no-answers = This card does not show your answers. It is not a decision: the worker decides.

## When there is no card to show
card-error-empty = This link does not say which help or office to put on the card. Find an office or answer the questions, then choose the card again.
card-error-unknown-path = We do not know the help named in this link. The link may be old or cut short.
card-error-unknown-office = We could not find this office. It may have moved or closed. Please search for offices again.
card-error-too-many = This link has more than fits on one page. Choose the card again from one office.
card-error-bad-parameter = This link has something we do not understand. The link may be old or cut short.
card-error-find = Find an office
card-error-screening = Answer the questions
