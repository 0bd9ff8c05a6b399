# Linkages site: when the site asks a reader to wait (English).
# Source language: translations follow these ids.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = Please wait a minute
limits-search-text = We got many searches from your internet connection in a short time. Please wait one minute, then search again.
limits-search-call = If you need help now, call one of the numbers below.
