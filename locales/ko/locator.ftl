# Linkages 사이트: 사무소 찾기 (한국어).
# Reviewed by a certified translator: no.

## 검색 양식
find-title = 사무소 찾기
find-intro = 가장 가까운 { -dcfs }와 { -dpss } 사무소를 전화번호, 운영 시간과 함께 찾아보세요.
find-query-label = ZIP 코드(우편번호) 또는 도시
find-query-hint = 예: 90020 또는 Pasadena
find-submit = 검색
find-location-button = 내 위치 사용
find-location-nojs = 지금 있는 곳에서 찾으려면 JavaScript를 켜세요. 아니면 ZIP 코드를 입력하세요.
find-location-pending = 내 위치를 찾는 중이에요…
find-location-unavailable = 내 위치를 찾지 못했어요. 대신 ZIP 코드를 입력하세요.
find-location-denied = 브라우저가 내 위치를 공유하지 않았어요. 허용하려면 브라우저에서 사이트 설정을 여세요. 아니면 ZIP 코드를 입력하세요.
find-location-timeout = 내 위치를 찾는 데 시간이 너무 오래 걸렸어요. 다시 해 보거나 ZIP 코드를 입력하세요.

## 검색 결과
find-results-title = { $place } 근처 사무소
find-results-location = 지금 있는 곳 근처 사무소
find-from-zip-centre = 거리는 ZIP 코드 지역의 한가운데에서 잰 거예요.
find-from-place-centre = 거리는 이 지역의 한가운데에서 잰 거예요.
find-near-county-line = 이곳은 로스앤젤레스 카운티 경계와 아주 가까워요. 로스앤젤레스 카운티에 살고 있는지 확인하세요. 다른 카운티에 살고 있다면 2-1-1에 전화해서 그 지역의 도움을 찾으세요.
find-dcfs-title = { -dcfs } 사무소 (자녀 케이스에 대한 도움)
find-dpss-title = { -dpss } 사무소 ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = 이 { -dcfs } 사무소 목록은 2017년 자료예요. { -dcfs }는 지금 사무소가 20곳이라고 하니, 한 곳이 빠져 있을 수 있어요.
find-dpss-partial = 여기에 모든 { -dpss } 사무소가 나와 있지는 않아요. 내 사무소를 찾으려면 { -dpss } 고객 서비스 센터 { $number }에 전화하거나, BenefitsCal에서 온라인으로 신청하세요.
find-nearest-not-assigned = 가장 가까운 사무소가 내 케이스를 맡은 사무소가 아닐 수도 있어요. 어느 사무소가 내 사무소인지는 담당자가 알려 줄 수 있어요.
find-serving-title = 담당 사무소: 귀하의 지역을 맡고 있습니다
find-serving-approximate = 입력하신 우편번호나 장소의 중심을 기준으로 했습니다. 지역 경계 가까이에 사시면 다른 사무소가 담당할 수 있습니다.
find-serving-none = 이 장소를 어느 사무소가 담당하는지 알 수 없습니다. 담당 복지사나 가장 가까운 사무소에 물어보세요.
find-distance = { $distance }{ $miles ->
       *[other] 마일
    } 거리
find-distance-about = 약 { $distance }{ $miles ->
       *[other] 마일
    } 거리
find-unverified = 기관에 확인하지 않았어요
find-approximate = 지도의 위치는 대략적이에요
find-phone-missing = 전화번호를 알 수 없어요
find-phone-countywide = 이것은 카운티 전체의 { -dpss } 전화번호예요. 이 사무소의 번호가 아니에요.
find-phone-unverified = 이 번호는 확인하지 못했어요.
find-hours-missing = 운영 시간을 알 수 없어요. 가기 전에 전화하세요.
find-hours-conflicting = 자료마다 운영 시간이 달라요. 가기 전에 전화하세요.
find-open-until = 지금 { $time }까지 열려 있어요
find-open-always = 24시간 열려 있어요
find-closed-opens = 지금 닫혀 있어요. { $day } { $time }에 열어요
find-closed = 지금 닫혀 있어요
find-directions = 가는 길 (지도 웹사이트가 열려요)
find-source = 이 정보의 출처
find-checked = { $date }에 확인함
find-report = 이 정보의 문제 알리기 (이메일 앱이 열립니다)

## ZIP 코드가 두 개 이상인 지역
find-choose-title = { $name }에 맞는 ZIP 코드가 두 개 이상이에요
find-choose-text = 내 ZIP 코드를 고르세요:

## 검색 문제
find-error-empty = ZIP 코드나 도시 이름을 입력하세요.
find-error-malformed-zip = 90020처럼 숫자 5개로 된 ZIP 코드를 입력하세요.
find-error-zip-not-in-county = 로스앤젤레스 카운티에는 { $input } ZIP 코드가 없어요. 카운티 안의 ZIP 코드를 입력하세요.
find-error-unknown-place = 저희는 아직 { $input }(이)라는 이름을 몰라요. ZIP 코드로 찾아보세요.
find-error-malformed-coordinate = 그 위치를 읽지 못했어요. 대신 ZIP 코드를 입력하세요.
find-error-coordinate-outside-county = 그 위치는 로스앤젤레스 카운티 밖이에요. 카운티 안의 ZIP 코드를 입력하세요.

## 요일과 시간
weekday-0 = 월요일
weekday-1 = 화요일
weekday-2 = 수요일
weekday-3 = 목요일
weekday-4 = 금요일
weekday-5 = 토요일
weekday-6 = 일요일

## Office search: which agency's offices to show
find-agency-label = 표시할 사무소
find-agency-both = { -dcfs }와 { -dpss }
find-agency-dcfs = { -dcfs }만
find-agency-dpss = { -dpss }만

## All phone lines
hotlines-title = 모든 전화번호
hotlines-intro = 로스앤젤레스 카운티 가족을 위해 저희가 아는 모든 전화번호예요. 번호마다 어디에서 왔는지 적혀 있어요.
hotlines-source-language = 이름과 설명은 출처에 적힌 대로 영어로 되어 있어요.
hotlines-all-link = 모든 전화번호 보기

## 결과 옆 지도 (이 사이트가 직접 그림)
find-map-label = 지도: { $point }. 목록에 있는 사무소 { $count ->
       *[other] { $count }곳
    }.
find-map-point-zip = 대략적인 위치: ZIP 코드 { $zip } 지역의 한가운데
find-map-point-place = 대략적인 위치: { $place }의 한가운데
find-map-point-exact = 검색한 위치
find-map-scale = { $distance }{ $miles ->
       *[other] 마일
    }
find-map-key-dcfs = { -dcfs } 사무소
find-map-key-dpss = { -dpss } 사무소
find-map-credit = 이 지도는 저희가 직접 그렸어요. 카운티 경계: 미국 인구조사국. 지명: GeoNames(geonames.org, CC BY 4.0).
