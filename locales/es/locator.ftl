# Sitio Linkages: buscador de oficinas (español).
# Reviewed by a certified translator: no.

## Buscador de oficinas
find-title = Buscar una oficina
find-intro = Escriba su código postal para ver las oficinas de DCFS y DPSS más cercanas.
find-zip-label = Código postal
find-zip-hint = 5 números, por ejemplo 90020
find-submit = Buscar
find-results-title = Oficinas cerca de { $zip }
find-distance = a { NUMBER($miles, maximumFractionDigits: 1) } { $miles ->
        [one] milla
       *[other] millas
    }
find-directions = Cómo llegar
find-call = Llamar
find-phone-missing = No sabemos el número de teléfono
find-hours-missing = No sabemos el horario
find-agency-dcfs = Oficina de DCFS
find-agency-dpss = Oficina de DPSS
error-zip-malformed = Escriba un código postal de 5 números, como 90020.
error-zip-outside = { $zip } no es un código postal del Condado de Los Ángeles. Escriba un código postal del condado.
