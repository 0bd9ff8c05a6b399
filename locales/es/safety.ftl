# Sitio Linkages: la página «Seguridad en internet», enlazada junto a Salida rápida y desde el pie de página (español).
# Reviewed by a certified translator: no.

safety-online-link = Seguridad en internet
safety-online-title = Seguridad en internet
safety-online-intro = Si alguien revisa su teléfono o computadora, estos pasos pueden ayudarle a mantener su visita en privado.

safety-online-exit-title = Salga rápido
safety-online-exit = El botón { exit-link } está arriba en cada página. Abre una búsqueda del clima. También puede oprimir la tecla Shift 3 veces, rápido.
safety-online-back = El botón { exit-link } no borra su historial. El botón Atrás todavía puede mostrar páginas de este sitio.

safety-online-private-title = Use una ventana privada
safety-online-private = Una ventana privada no guarda las páginas que visita después de cerrarla. En Chrome se llama Incógnito. Ábrala antes de visitar este sitio y ciérrela cuando termine.

safety-online-history-title = Borre este sitio de su historial
safety-online-history-intro = Borrar todo su historial puede hacer que alguien sospeche. En vez de eso, puede borrar solo las páginas de este sitio.
safety-online-history-android = Teléfono Android, Chrome: toque el menú (⋮) y luego Historial. Toque la ✕ junto a cada página de este sitio.
safety-online-history-iphone = iPhone, Safari: toque el ícono del libro y luego el ícono del reloj (Historial). Deslice hacia la izquierda una página de este sitio y toque Eliminar.
safety-online-history-samsung = Teléfono Samsung, Samsung Internet: toque el menú (☰) y luego Historial. Mantenga presionada una página de este sitio y luego toque Eliminar.
safety-online-history-computer = Computadora: oprima las teclas Ctrl y H al mismo tiempo (en una Mac, Command y Y) para abrir el Historial, y luego borre las páginas de este sitio.
safety-online-other-device = Si puede, use un teléfono o una computadora que la otra persona no pueda revisar, por ejemplo, en una biblioteca o de un amigo.

safety-online-stores-title = Lo que guarda este sitio
safety-online-stores = Este sitio no tiene cuentas ni rastreo. La única cookie recuerda su idioma. Sus respuestas a las preguntas nunca se guardan ni se envían a nadie. Solo se quedan en esta pestaña del navegador, para que el botón Atrás pueda mostrarlas, y desaparecen cuando cierra la pestaña.
