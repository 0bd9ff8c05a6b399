# Linkages site: office locator (English).
# Source language: translations follow these ids.

## Search form
find-title = Find an office
find-intro = Find the nearest { -dcfs } and { -dpss } offices, with their phone numbers and hours.
find-query-label = ZIP code or city
find-query-hint = For example 90020, or Pasadena
find-submit = Search
find-location-button = Use my location
find-location-nojs = To search from where you are, turn on JavaScript. Or enter your ZIP code.
find-location-pending = Finding your location…
find-location-unavailable = We could not find your location. Enter your ZIP code instead.
find-location-denied = Your browser did not share your location. To allow it, open the site settings in your browser. Or enter your ZIP code.
find-location-timeout = Finding your location took too long. Try again, or enter your ZIP code.

## Results
find-results-title = Offices near { $place }
find-results-location = Offices near your location
find-from-zip-centre = Distances are measured from the middle of the ZIP code area.
find-from-place-centre = Distances are measured from the middle of this area.
find-near-county-line = This place is very close to the edge of Los Angeles County. Check that you live in Los Angeles County. If you live in another county, call 2-1-1 to find help there.
find-dcfs-title = { -dcfs } offices (help with your children's case)
find-dpss-title = { -dpss } offices ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = This list of { -dcfs } offices is from 2017. { -dcfs } now says it has 20 offices, so one may be missing.
find-dpss-partial = Not every { -dpss } office is listed here. To find yours, call the { -dpss } Customer Service Center at { $number }, or apply online at BenefitsCal.
find-nearest-not-assigned = The nearest office may not be the office that handles your case. Your worker can tell you which office is yours.
find-serving-title = Your office: serves your area
find-serving-approximate = We used the middle of the ZIP code or place you gave. If you live near the edge of an area, another office may serve you.
find-serving-none = We do not know which office serves this place. Your worker, or the nearest office, can tell you.
find-distance = { $distance } { $miles ->
        [one] mile
       *[other] miles
    } away
find-distance-about = About { $distance } { $miles ->
        [one] mile
       *[other] miles
    } away
find-unverified = Not checked with the agency
find-approximate = Place on the map is approximate
find-phone-missing = Phone number not known
find-phone-countywide = This is the countywide { -dpss } line, not this office's own number.
find-phone-unverified = We could not check this number.
find-hours-missing = Hours not known. Call before you go.
find-hours-conflicting = Our sources give different hours. Call before you go.
find-open-until = Open now, until { $time }
find-open-always = Open 24 hours
find-closed-opens = Closed now. Opens { $day } at { $time }
find-closed = Closed now
find-directions = Directions (opens a map website)
find-source = Where this information comes from
# The day a person last checked this office or line by calling or visiting (a date formatted for
# the page's language); shown apart from the source's own date.
find-checked = Checked on { $date }
# A link that opens the reader's email app with a message to the site's team about this office
# or line (its id and name are filled in; nothing about the reader).
find-report = Report a problem with this listing (opens your email app)

## Place names with more than one ZIP code
find-choose-title = More than one ZIP code matches { $name }
find-choose-text = Choose your ZIP code:

## Problems with the search
find-error-empty = Enter a ZIP code or a city name.
find-error-malformed-zip = Enter a ZIP code with 5 numbers, like 90020.
find-error-zip-not-in-county = { $input } is not a ZIP code in Los Angeles County. Enter a ZIP code in the county.
find-error-unknown-place = We do not know the name { $input } yet. Try your ZIP code.
find-error-malformed-coordinate = We could not read that location. Enter your ZIP code instead.
find-error-coordinate-outside-county = That location is outside Los Angeles County. Enter a ZIP code in the county.

## Days and times
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday

## Office search: which agency's offices to show
find-agency-label = Show offices of
find-agency-both = { -dcfs } and { -dpss }
find-agency-dcfs = { -dcfs } only
find-agency-dpss = { -dpss } only

## All phone lines
hotlines-title = All phone lines
hotlines-intro = Every phone line we know of for families in Los Angeles County. Each one says where its number comes from.
hotlines-source-language = Names and descriptions are in English, as the sources give them.
hotlines-all-link = See all phone lines

## Map beside the results (drawn by this site)
find-map-label = Map: { $point }. { $count ->
        [one] One office
       *[other] { $count } offices
    } from the list.
find-map-point-zip = approximate: middle of ZIP { $zip }
find-map-point-place = approximate: middle of { $place }
find-map-point-exact = where you searched from
find-map-scale = { $distance } { $miles ->
        [one] mile
       *[other] miles
    }
find-map-key-dcfs = { -dcfs } office
find-map-key-dpss = { -dpss } office
find-map-credit = We draw this map ourselves. County line: US Census Bureau. Place names: GeoNames (geonames.org, CC BY 4.0).
