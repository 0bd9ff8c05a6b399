# Linkages site: office locator (English).

## Locator
find-title = Find an office
find-intro = Enter your ZIP code to see the nearest DCFS and DPSS offices.
find-zip-label = ZIP code
find-zip-hint = 5 numbers, for example 90020
find-submit = Search
find-results-title = Offices near { $zip }
find-distance = { NUMBER($miles, maximumFractionDigits: 1) } { $miles ->
        [one] mile
       *[other] miles
    } away
find-directions = Directions
find-call = Call
find-phone-missing = Phone number not known
find-hours-missing = Hours not known
find-agency-dcfs = DCFS office
find-agency-dpss = DPSS office
error-zip-malformed = Enter a ZIP code with 5 numbers, like 90020.
error-zip-outside = { $zip } is not a ZIP code in Los Angeles County. Enter a ZIP code in the county.
