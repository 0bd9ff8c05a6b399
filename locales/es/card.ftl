# Linkages site: the hand-off card (/es/card), machine draft from locales/en/card.ftl (es).
# Reviewed by a certified translator: no.

card-link = Tarjeta para llevar
card-link-discreet = Tarjeta privada: solo dirección y teléfono
card-title = Tarjeta para llevar
card-discreet-title = Dirección y teléfono
card-intro = Lleve esta tarjeta a la oficina. Dice lo mismo en su idioma y en inglés, para que usted y el trabajador o la trabajadora puedan leerla.
card-print-hint = Para imprimirla, use el menú Imprimir de su navegador. Cabe en una sola página.
card-discreet-link = Mostrar una tarjeta privada (sin nombres de oficinas ni de programas)
card-full-link = Mostrar la tarjeta completa
card-show-desk = Por favor, muestre esta tarjeta en la recepción.
card-paths-title = Ayuda que puede ser para usted
card-say-label = Qué decir:
card-office-title = Oficina
card-address = Dirección
card-address-missing = No sabemos la dirección. Llame antes de ir.
card-phone = Teléfono
card-hours = Horario
card-discreet-line-help = Línea de ayuda
card-discreet-line-info = Línea de información, gratis
card-add-office = Agregar una oficina a esta tarjeta: buscar una oficina
card-no-answers = Esta tarjeta no muestra sus respuestas. No es una decisión: decide su trabajador(a).
card-error-empty = Este enlace no dice qué ayuda u oficina poner en la tarjeta. Busque una oficina o conteste las preguntas, y luego elija la tarjeta otra vez.
card-error-unknown-path = No conocemos la ayuda que nombra este enlace. Puede ser un enlace viejo o incompleto.
card-error-unknown-office = No encontramos esta oficina. Puede que se haya mudado o cerrado. Por favor, busque oficinas otra vez.
card-error-too-many = Este enlace tiene más de lo que cabe en una página. Elija la tarjeta otra vez desde una sola oficina.
card-error-bad-parameter = Este enlace tiene algo que no entendemos. Puede ser un enlace viejo o incompleto.
card-error-find = Buscar una oficina
card-error-screening = Contestar las preguntas
