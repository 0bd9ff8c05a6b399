# Sitio Linkages: marco de página, inicio, buscador de oficinas y errores (español).
# Reviewed by a certified translator: no.


site-name = Linkages
site-tagline = Ayuda para familias con { -dcfs } y { -dpss }
skip-to-content = Ir al contenido principal

## Salida rápida
exit-link = Salida rápida
exit-hint = Salga de este sitio rápido. También puede oprimir la tecla Shift 3 veces.

## Seguridad, en cada página
safety-title = Primero, su seguridad
safety-danger = ¿Está en peligro ahora? Llame al { $number }.
safety-report = Para reportar abuso infantil, llame a la Línea Directa de Protección Infantil al { $number }, abierta las 24 horas, los 7 días de la semana.

## Navegación e idioma
nav-label = Menú principal
nav-home = Inicio
nav-screening = Vea qué puede servirle
nav-find = Buscar una oficina
lang-label = Idioma
lang-current = Está leyendo en español
lang-unreviewed = Un traductor certificado todavía no ha revisado esta traducción.
lang-read-english = Leer esta página en inglés
lang-notice-label = Sobre esta traducción

## Página de inicio
home-title = Ayuda para padres con un caso de { -dcfs }
home-intro = Linkages es una colaboración entre dos departamentos del Condado de Los Ángeles. { -dcfs } trabaja con las familias en la seguridad de los niños. { -dpss } da ayuda en efectivo, comida, atención médica y ayuda para trabajar. Si usted trabaja con los dos, ellos pueden planear juntos con usted.
home-services = Los programas de { -dpss } incluyen { -calworks } (ayuda en efectivo para familias), { -gain } (ayuda con trabajo y capacitación), { -calfresh } (comida), { -medi-cal } (atención médica) y { -general-relief-said }, que da ayuda en efectivo a adultos.
home-check-title = Vea qué puede servirle
home-check-text = Conteste unas preguntas cortas. No le pedimos su nombre. No guardamos sus respuestas.
home-check-start = Empezar las preguntas
home-find-title = Buscar una oficina
home-find-text = Encuentre las oficinas de { -dcfs } y { -dpss } cerca de usted, con teléfonos y horarios.
home-find-start = Buscar una oficina
home-call-title = Líneas telefónicas
home-privacy = Este sitio no informa a { -dcfs } ni a { -dpss }. No hay cuentas. Sus respuestas no se guardan.

## Líneas telefónicas
line-child-protection = Línea Directa de Protección Infantil
line-child-protection-hours = 24 horas, 7 días a la semana
line-dpss = Centro de Servicio al Cliente de { -dpss }
line-dpss-hours = De lunes a viernes, de { $opens } a { $closes } (horario confirmado por última vez en 2020)
line-211 = 211 del Condado de Los Ángeles, información y ayuda con servicios
line-211-hours = 24 horas, 7 días a la semana
line-911 = Emergencias

## Pie de página
footer-privacy = Privado: sin cuentas, sin rastreo, sin cookies excepto su idioma. Sus respuestas nunca se guardan ni se envían a { -dcfs } o { -dpss }.
footer-guidance = Este sitio solo da orientación. Su trabajador(a) toma las decisiones sobre su caso.
footer-data = Datos de oficinas y teléfonos: fuentes públicas de { -dcfs } y { -dpss } del Condado de Los Ángeles. Ubicación de códigos postales: Oficina del Censo de EE. UU. y GeoNames (CC BY 4.0).

## Preguntas: primeros pasos (las preguntas están en screening.ftl)
flow-title = Vea qué puede servirle
flow-continue = Continuar
flow-back = Atrás
flow-start-over = Empezar de nuevo
flow-choose-one = Elija una respuesta.
flow-question-count = Pregunta { $number }

## Errores
error-title = Hay un problema
error-not-found-title = No encontramos la página
error-not-found-text = No pudimos encontrar esta página. Revise la dirección o vaya a la página de inicio.

## Páginas de preguntas
flow-check-title = Revise sus respuestas
flow-change = Cambiar
flow-see-result = Ver qué puede servirle
flow-result-title = Lo que puede servirle
flow-not-decision = La evaluación { -form-5122 } para recibir ayuda de { -dpss } la hace el personal de { -dcfs }: pídasela a su { -social-worker }. Este sitio no decide nada y no informa a { -dcfs } ni a { -dpss }.
flow-no-title = Programas que no parecen ser para usted
flow-next-title = Adónde ir
flow-find-offices = Buscar las oficinas más cercanas
flow-change-answers = Cambiar sus respuestas
flow-share-title = Guárdelo para después
flow-share-text = Puede enviarse los nombres de estos programas. Sus respuestas no se incluyen.
flow-share-intro = Programas de Linkages para preguntar
flow-share-sms = Enviar por mensaje de texto
flow-share-email = Enviar por correo electrónico
flow-print-hint = Para imprimir esta página, use el menú Imprimir de su navegador.
flow-stores-nothing = No guardamos sus respuestas ni las enviamos a nadie. Cuando cierre esta página, desaparecen.
