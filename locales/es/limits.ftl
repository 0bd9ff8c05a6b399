# Sitio Linkages: cuando el sitio pide esperar (español).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = Por favor, espere un minuto
limits-search-text = Recibimos muchas búsquedas desde su conexión a internet en poco tiempo. Espere un minuto y vuelva a buscar.
limits-search-call = Si necesita ayuda ahora, llame a uno de los números de abajo.
