# Linkages site: the advisor desk (/es/advisor), machine draft from locales/en/advisor.ftl (es).
# Reviewed by a certified translator: no.

## The desk
advisor-title = Página para asesores
advisor-intro = Para asesores del 2-1-1 y defensores que ayudan a alguien en una llamada. Esta página está en el idioma de la persona que llama. Las palabras para leer en voz alta tienen el inglés al lado.
advisor-query-label = Código postal (ZIP), ciudad o barrio de la persona que llama
advisor-submit = Buscar oficinas
advisor-offices-title = Oficinas cerca de { $place }
advisor-lines-title = Líneas de teléfono del Condado
advisor-screening-link = Todas las preguntas en una página

## Words to read out to the caller
advisor-script-title = Lea esto a la persona que llama
advisor-script-dcfs = La oficina de { -dcfs } más cercana es { $name }.
advisor-script-dpss = Para { -calworks } o { -calfresh }, la oficina de { -dpss } más cercana es { $name }.
advisor-script-address = La dirección es { $address }.
advisor-script-phone = Su número de teléfono es { $phone }.
advisor-script-line = { $line }: { $phone }.

## The text message for the caller's phone
advisor-text-title = Mensaje de texto para la persona que llama
advisor-text-hint = Envíelo desde su propio sistema de teléfono. Este sitio no envía nada y no guarda nada.
advisor-text-count = { $units } de { $budget } caracteres, { $segments ->
    [one] { $segments } mensaje de texto
   *[other] { $segments } mensajes de texto
}
advisor-text-use = Usar esta oficina en el mensaje
advisor-text-in-use = En el mensaje
advisor-copy = Copiar el mensaje
advisor-copied = Copiado. Péguelo en su mensaje.
advisor-copy-failed = El texto está seleccionado. Presione Ctrl+C para copiarlo.
advisor-error-office = Esa oficina no está en nuestra lista. Busque otra vez o elija una oficina debajo de la búsqueda.

## The screening on one page
advisor-screening-title = Todas las preguntas en una página
advisor-screening-intro = Haga las preguntas en el orden que quiera. Presione "Actualizar" para esconder las preguntas que ya no importan. El resultado aparece cuando todas las preguntas tienen respuesta.
advisor-screening-update = Actualizar
advisor-screening-open = { $count ->
    [one] Falta { $count } pregunta por contestar.
   *[other] Faltan { $count } preguntas por contestar.
}
advisor-screening-result = Lo que puede servirle a la persona que llama
advisor-screening-say = Dígale a la persona que llama
advisor-screening-none = Ahora ningún programa de Linkages parece ser para esta persona. Igual puede pedir ayuda en una oficina de { -dpss }.
advisor-screening-problem = Algunas respuestas no se entendieron y se dejaron fuera. Revíselas otra vez.
advisor-screening-start-over = Empezar de nuevo
