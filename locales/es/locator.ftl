# Sitio Linkages: buscador de oficinas (español).
# Reviewed by a certified translator: no.

## Formulario de búsqueda
find-title = Buscar una oficina
find-intro = Encuentre las oficinas de { -dcfs } y { -dpss } más cercanas, con sus teléfonos y horarios.
find-query-label = Código postal (ZIP) o ciudad
find-query-hint = Por ejemplo 90020, o Pasadena
find-submit = Buscar
find-location-button = Usar mi ubicación
find-location-nojs = Para buscar desde donde está, active JavaScript. O escriba su código postal.
find-location-pending = Buscando su ubicación…
find-location-unavailable = No pudimos encontrar su ubicación. En su lugar, escriba su código postal.
find-location-denied = Su navegador no compartió su ubicación. Para permitirlo, abra la configuración del sitio en su navegador. O escriba su código postal.
find-location-timeout = Buscar su ubicación tardó demasiado. Vuelva a intentarlo o escriba su código postal.

## Resultados
find-results-title = Oficinas cerca de { $place }
find-results-location = Oficinas cerca de donde usted está
find-from-zip-centre = Las distancias se miden desde el centro del área del código postal.
find-from-place-centre = Las distancias se miden desde el centro de esta zona.
find-near-county-line = Este lugar está muy cerca del límite del Condado de Los Ángeles. Verifique que usted vive en el Condado de Los Ángeles. Si vive en otro condado, llame al 2-1-1 para encontrar ayuda allí.
find-dcfs-title = Oficinas de { -dcfs } (ayuda con el caso de sus hijos)
find-dpss-title = Oficinas de { -dpss } ({ -calworks }, { -calfresh }, { -general-relief }, { -medi-cal })
find-dcfs-partial = Esta lista de oficinas de { -dcfs } es de 2017. { -dcfs } dice ahora que tiene 20 oficinas, así que puede faltar una.
find-dpss-partial = No todas las oficinas de { -dpss } están en esta lista. Para encontrar la suya, llame al Centro de Servicio al Cliente de { -dpss } al { $number }, o presente su solicitud por internet en BenefitsCal.
find-nearest-not-assigned = Puede que la oficina más cercana no sea la que lleva su caso. Su trabajador(a) puede decirle cuál es su oficina.
find-serving-title = Su oficina: atiende su zona
find-serving-approximate = Usamos el centro del código postal o del lugar que escribió. Si vive cerca del borde de una zona, puede atenderle otra oficina.
find-serving-none = No sabemos qué oficina atiende este lugar. Su trabajador(a), o la oficina más cercana, puede decírselo.
find-distance = a { $distance } { $miles ->
        [one] milla
       *[other] millas
    }
find-distance-about = a unas { $distance } { $miles ->
        [one] milla
       *[other] millas
    }
find-unverified = No confirmado con la agencia
find-approximate = La ubicación en el mapa es aproximada
find-phone-missing = No sabemos el número de teléfono
find-phone-countywide = Esta es la línea de { -dpss } para todo el condado, no el número propio de esta oficina.
find-phone-unverified = No pudimos confirmar este número.
find-hours-missing = No sabemos el horario. Llame antes de ir.
find-hours-conflicting = Nuestras fuentes dan horarios distintos. Llame antes de ir.
find-open-until = Abierto ahora, hasta { $time }
find-open-always = Abierto las 24 horas
find-closed-opens = Cerrado ahora. Abre el { $day } a { $time }
find-closed = Cerrado ahora
find-directions = Cómo llegar (abre un sitio de mapas)
find-source = De dónde viene esta información
find-checked = Verificado el { $date }
find-report = Informar un problema con estos datos (abre su aplicación de correo)

## Lugares con más de un código postal
find-choose-title = Hay más de un código postal para { $name }
find-choose-text = Elija su código postal:

## Problemas con la búsqueda
find-error-empty = Escriba un código postal o el nombre de una ciudad.
find-error-malformed-zip = Escriba un código postal de 5 números, como 90020.
find-error-zip-not-in-county = { $input } no es un código postal del Condado de Los Ángeles. Escriba un código postal del condado.
find-error-unknown-place = Todavía no conocemos el nombre { $input }. Pruebe con su código postal.
find-error-malformed-coordinate = No pudimos leer esa ubicación. Escriba su código postal.
find-error-coordinate-outside-county = Esa ubicación está fuera del Condado de Los Ángeles. Escriba un código postal del condado.

## Días y horas
weekday-0 = lunes
weekday-1 = martes
weekday-2 = miércoles
weekday-3 = jueves
weekday-4 = viernes
weekday-5 = sábado
weekday-6 = domingo

## Office search: which agency's offices to show
find-agency-label = Mostrar oficinas de
find-agency-both = { -dcfs } y { -dpss }
find-agency-dcfs = Solo { -dcfs }
find-agency-dpss = Solo { -dpss }

## All phone lines
hotlines-title = Todas las líneas de teléfono
hotlines-intro = Todas las líneas de teléfono que conocemos para familias en el condado de Los Ángeles. Cada una dice de dónde viene su número.
hotlines-source-language = Los nombres y las descripciones están en inglés, como los dan las fuentes.
hotlines-all-link = Ver todas las líneas de teléfono

## Mapa junto a los resultados (dibujado por este sitio)
find-map-label = Mapa: { $point }. { $count ->
        [one] Una oficina
       *[other] { $count } oficinas
    } de la lista.
find-map-point-zip = aproximado: centro del código postal { $zip }
find-map-point-place = aproximado: centro de { $place }
find-map-point-exact = desde donde buscó
find-map-scale = { $distance } { $miles ->
        [one] milla
       *[other] millas
    }
find-map-key-dcfs = Oficina de { -dcfs }
find-map-key-dpss = Oficina de { -dpss }
find-map-credit = Nosotros dibujamos este mapa. Límite del condado: Oficina del Censo de EE. UU. Nombres de lugares: GeoNames (geonames.org, CC BY 4.0).
