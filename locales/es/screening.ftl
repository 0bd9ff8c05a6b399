### Autoevaluación: preguntas, respuestas y resultados.
# Reviewed by a certified translator: no.
### Los ids los usa app/src/screening (ver messages.rs). Mantenga los mismos ids en cada idioma.
### Escriba para un nivel de lectura de unos 9 años y trate a la persona de "usted".
### No culpe a los padres: diga "su caso con DCFS".
### Deje los nombres oficiales como están: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.

## Página de resultados

screening-heading-because = Por qué le decimos esto
screening-heading-next-steps = Qué hacer ahora
screening-heading-services = Servicios que podría recibir
screening-heading-what-would-change = Qué podría cambiar este resultado
screening-guidance-not-decision = Esto es solo una guía. Su trabajador(a) decide qué ayuda puede recibir.

## Qué tan bien le queda una opción

screening-fit-may-fit = Puede ser para usted
screening-fit-ask = Pregunte a su trabajador(a)
screening-fit-no = Parece que no es para usted

## Preguntas: un título corto y una línea de ayuda

screening-q-dcfs-case = ¿Tiene un caso abierto con DCFS?
screening-q-dcfs-case-hint = DCFS es el Departamento de Servicios para Niños y Familias. Si un(a) trabajador(a) social de niños le visita o le llama, puede que tenga un caso.
screening-q-dcfs-service = ¿Qué tipo de ayuda le da DCFS a su familia?
screening-q-dcfs-service-hint = Su trabajador(a) social de DCFS le puede decir el nombre de su programa.
screening-q-children-location = ¿Dónde viven sus hijos ahora?
screening-q-children-location-hint = Piense en todos sus hijos.
screening-q-calworks-now = ¿Recibe CalWORKs ahora?
screening-q-calworks-now-hint = CalWORKs es dinero para familias con hijos. Lo da DPSS.
screening-q-calworks-at-removal = ¿Recibía CalWORKs cuando DCFS colocó a sus hijos fuera de su casa?
screening-q-calworks-at-removal-hint = Es posible que su CalWORKs se haya cortado después. Conteste sobre el momento en que los colocaron.
screening-q-fr-plan = ¿Tiene un plan de Reunificación Familiar con DCFS?
screening-q-fr-plan-hint = Es el plan que usted hizo con su trabajador(a) social de DCFS para que sus hijos vuelvan a casa.
screening-q-relative-caregiver = ¿DCFS colocó a alguno de sus hijos con un familiar?
screening-q-relative-caregiver-hint = Por ejemplo, con una abuela, un abuelo, una tía, un tío u otro familiar.
screening-q-homeless = ¿Está usted sin hogar ahora?
screening-q-homeless-hint = Por ejemplo, duerme en un albergue, un carro, un motel o en la calle, o se muda de un lugar a otro.
screening-q-sanction = ¿DPSS le bajó su CalWORKs por una sanción de GAIN?
screening-q-sanction-hint = Una sanción es cuando DPSS le baja su CalWORKs por una regla de GAIN (Welfare-to-Work). Una carta de DPSS lo diría.

## Opciones de respuesta

screening-answer-yes = Sí
screening-answer-no = No
screening-answer-unsure = No sé
screening-answer-family-maintenance = Mantenimiento Familiar (Family Maintenance)
screening-answer-family-maintenance-hint = Sus hijos viven con usted, y un(a) trabajador(a) social de DCFS ayuda a su familia. Puede ser por orden de la corte o porque usted lo eligió.
screening-answer-family-preservation = Preservación Familiar (Family Preservation)
screening-answer-family-preservation-hint = Sus hijos viven con usted, y una agencia de Preservación Familiar trabaja con su familia.
screening-answer-family-reunification = Reunificación Familiar (Family Reunification)
screening-answer-family-reunification-hint = Sus hijos viven en otro lugar por ahora, y usted está trabajando para que vuelvan a casa.
screening-answer-investigation = DCFS está revisando un reporte
screening-answer-investigation-hint = Un(a) trabajador(a) social está visitando a su familia, y todavía no ha empezado ningún programa.
screening-answer-all-home = Todos mis hijos viven conmigo
screening-answer-some-removed = Algunos viven conmigo, y DCFS colocó a otros en otro lugar
screening-answer-all-removed = DCFS colocó a todos mis hijos fuera de mi casa

## Razones: lo que nos dijo la familia

screening-reason-dcfs-case-yes = Usted dijo que tiene un caso abierto con DCFS.
screening-reason-dcfs-case-no = Usted dijo que no tiene un caso abierto con DCFS.
screening-reason-dcfs-case-unsure = Todavía no sabemos si usted tiene un caso abierto con DCFS.
screening-reason-dcfs-service-family-maintenance = Usted dijo que su caso con DCFS está en Mantenimiento Familiar.
screening-reason-dcfs-service-family-preservation = Usted dijo que su familia está en Preservación Familiar con DCFS.
screening-reason-dcfs-service-family-reunification = Usted dijo que su caso con DCFS está en Reunificación Familiar.
screening-reason-dcfs-service-investigation = Usted dijo que DCFS está revisando un reporte y que todavía no ha empezado ningún programa.
screening-reason-dcfs-service-unsure = Todavía no sabemos en qué programa de DCFS está su caso.
screening-reason-children-location-all-home = Usted dijo que todos sus hijos viven con usted.
screening-reason-children-location-some-removed = Usted dijo que algunos de sus hijos viven con usted, y que DCFS colocó a otros en otro lugar.
screening-reason-children-location-all-removed = Usted dijo que DCFS colocó a todos sus hijos fuera de su casa.
screening-reason-children-location-unsure = Todavía no sabemos dónde viven sus hijos.
screening-reason-calworks-now-yes = Usted dijo que recibe CalWORKs ahora.
screening-reason-calworks-now-no = Usted dijo que no recibe CalWORKs ahora.
screening-reason-calworks-now-unsure = Todavía no sabemos si usted recibe CalWORKs ahora.
screening-reason-calworks-at-removal-yes = Usted dijo que recibía CalWORKs cuando colocaron a sus hijos fuera de su casa.
screening-reason-calworks-at-removal-no = Usted dijo que no recibía CalWORKs cuando colocaron a sus hijos fuera de su casa.
screening-reason-calworks-at-removal-unsure = Todavía no sabemos si usted recibía CalWORKs cuando colocaron a sus hijos fuera de su casa.
screening-reason-fr-plan-yes = Usted dijo que tiene un plan de Reunificación Familiar con DCFS.
screening-reason-fr-plan-no = Usted dijo que no tiene un plan de Reunificación Familiar con DCFS.
screening-reason-fr-plan-unsure = Todavía no sabemos si usted tiene un plan de Reunificación Familiar con DCFS.
screening-reason-relative-caregiver-yes = Usted dijo que DCFS colocó al menos a uno de sus hijos con un familiar.
screening-reason-relative-caregiver-no = Usted dijo que DCFS no colocó a ninguno de sus hijos con un familiar.
screening-reason-relative-caregiver-unsure = Todavía no sabemos si alguno de sus hijos vive con un familiar.
screening-reason-homeless-yes = Usted dijo que está sin hogar ahora.
screening-reason-homeless-no = Usted dijo que no está sin hogar ahora.
screening-reason-homeless-unsure = Todavía no sabemos si usted está sin hogar ahora.
screening-reason-sanction-yes = Usted dijo que DPSS le bajó su CalWORKs por una sanción de GAIN.
screening-reason-sanction-no = Usted dijo que DPSS no le bajó su CalWORKs por una sanción de GAIN.
screening-reason-sanction-unsure = Todavía no sabemos si DPSS le bajó su CalWORKs por una sanción de GAIN.

## Qué cambiaría un resultado de "Pregunte a su trabajador(a)"

screening-change-dcfs-case = Averigüe si tiene un caso abierto con DCFS. Su trabajador(a) social de niños o una carta de DCFS se lo puede decir.
screening-change-dcfs-service = Pregunte a su trabajador(a) social de DCFS en qué programa está su caso.
screening-change-children-location = Pregunte a su trabajador(a) social de DCFS dónde está colocado cada uno de sus hijos.
screening-change-calworks-now = Averigüe si recibe CalWORKs ahora. Su trabajador(a) de elegibilidad, sus cartas de DPSS o BenefitsCal se lo pueden decir.
screening-change-calworks-at-removal = Pregunte a su trabajador(a) de elegibilidad si usted tenía CalWORKs cuando colocaron a sus hijos fuera de su casa.
screening-change-fr-plan = Pregunte a su trabajador(a) social de DCFS si usted tiene un plan de Reunificación Familiar.
screening-change-relative-caregiver = Pregunte a su trabajador(a) social de DCFS si alguno de sus hijos está colocado con un familiar.
screening-change-homeless = Dígale a su trabajador(a) dónde duerme por la noche. Le puede decir si eso cuenta como estar sin hogar.
screening-change-sanction = Pregunte a su trabajador(a) de GAIN si le bajaron su CalWORKs por una sanción. Una carta de DPSS también lo diría.

## Opciones de ayuda: un título y un resumen de una oración

screening-path-prevention-5122 = Pida a DCFS que le conecte con DPSS
screening-path-prevention-5122-summary = Su trabajador(a) social de DCFS puede revisar si usted podría recibir ayuda de DPSS, como CalWORKs, General Relief, CalFresh o Medi-Cal, y ayudarle a solicitarla más rápido.
screening-path-family-maintenance = Servicios de GAIN en Mantenimiento Familiar
screening-path-family-maintenance-summary = Mientras sus hijos viven con usted y su caso con DCFS está en Mantenimiento Familiar, los servicios de GAIN pueden ser parte de su plan de Welfare-to-Work.
screening-path-family-preservation = Servicios de GAIN en Preservación Familiar
screening-path-family-preservation-summary = Mientras sus hijos viven con usted y su familia está en Preservación Familiar, DCFS y DPSS planean juntos sus servicios, y los servicios de GAIN pueden ser parte de su plan de Welfare-to-Work.
screening-path-family-reunification = Servicios de GAIN en Reunificación Familiar
screening-path-family-reunification-summary = Si usted tenía CalWORKs cuando colocaron a sus hijos fuera de su casa, puede elegir seguir recibiendo servicios de GAIN, sin dinero en efectivo, para ayudar a que vuelvan a casa.
screening-path-homeless-outreach = Ayuda para familias sin hogar
screening-path-homeless-outreach-summary = Si usted tiene CalWORKs y un caso de Mantenimiento Familiar con DCFS, DCFS y DPSS pueden trabajar juntos para conectar a su familia con ayuda para familias sin hogar.
screening-path-sanction-help = Ayuda para terminar una sanción de CalWORKs
screening-path-sanction-help-summary = DCFS y DPSS pueden comunicarse juntos con usted para ayudarle a resolver lo que causó la sanción y terminarla.
screening-path-linkages-gsw = Un(a) trabajador(a) de GAIN en su oficina de DCFS
screening-path-linkages-gsw-summary = Un(a) trabajador(a) de Servicios de GAIN de Linkages en su oficina de DCFS puede participar en sus reuniones del Equipo de Niños y Familia y dar consejos sobre su caso.
screening-path-dpss-apply = Solicite ayuda de DPSS usted mismo(a)
screening-path-dpss-apply-summary = Usted puede solicitar ayuda de DPSS, como CalWORKs, CalFresh, Medi-Cal o General Relief, por internet o por teléfono.

## Qué hacer ahora

screening-step-answer-again = Si algo cambia, puede contestar las preguntas otra vez.
screening-step-ask-worker = Pregunte a su trabajador(a) social de DCFS, o a su trabajador(a) de elegibilidad o de GAIN, si esto es para usted.
screening-step-call-211 = Llame al 2-1-1 para encontrar ayuda cerca de usted. Es gratis y atienden de día y de noche.
screening-step-wtw-plan = Pregunte qué servicios pueden ser parte de su plan de Welfare-to-Work.
screening-step-benefitscal = Haga su solicitud por internet en BenefitsCal.com.
screening-step-call-dpss = O llame a DPSS al (866) 613-3777.
screening-step-ask-5122 = Pida a su trabajador(a) social de DCFS que revise si usted puede recibir ayuda de DPSS. Para eso usa un formulario llamado DCFS 5122.
screening-step-expedited-intake = Si usted podría calificar, su trabajador(a) social le enviará a DPSS para que su solicitud vaya más rápido.
screening-step-tell-worker-fm = Dígale a su trabajador(a) de elegibilidad o de GAIN que tiene un caso de Mantenimiento Familiar con DCFS.
screening-step-tell-worker-fp = Dígale a su trabajador(a) de elegibilidad o de GAIN que su familia está en Preservación Familiar con DCFS.
screening-step-fr-volunteer = Dígales a su trabajador(a) social de DCFS y a su trabajador(a) de GAIN que quiere servicios de Reunificación Familiar. Usted decide.
screening-step-general-relief = Estos servicios no incluyen dinero en efectivo. Si necesita dinero para vivir, puede solicitar General Relief.
screening-step-tell-worker-homeless = Dígales a su trabajador(a) social de DCFS y a su trabajador(a) de elegibilidad que está sin hogar. Pídales que trabajen juntos para ayudarle.
screening-step-tell-worker-sanction = Hable de la sanción con su trabajador(a) de GAIN y con su trabajador(a) social de DCFS. Pídales que trabajen con usted para terminarla.
screening-step-gsw-cft = Pida a su trabajador(a) social de DCFS que invite al/a la trabajador(a) de Servicios de GAIN de Linkages a su reunión del Equipo de Niños y Familia.
screening-step-gsw-consult = Su trabajador(a) social también puede hablar de su caso con el/la trabajador(a) de Servicios de GAIN de Linkages.
screening-step-dpss-if-dcfs = Si tiene un caso con DCFS, pida a su trabajador(a) social que le ayude a hacer la solicitud. Puede ser más rápido.
screening-step-dpss-through-dcfs = Como usted tiene un caso con DCFS, su trabajador(a) social le puede ayudar con DPSS. Vea los otros resultados.

## Servicios

screening-service-mental-health = Servicios de salud mental
screening-service-domestic-violence = Servicios de violencia doméstica
screening-service-substance-use = Ayuda con el uso de alcohol o drogas
screening-service-education-training = Estudios y capacitación
screening-service-employment = Ayuda para encontrar y mantener un trabajo
screening-service-transportation = Ayuda con el transporte
screening-service-child-care = Cuidado de niños
screening-service-ancillary-costs = Ayuda para pagar libros, herramientas, uniformes y cuotas
screening-service-housing-support = Ayuda con la vivienda
screening-service-moving-assistance = Ayuda con los gastos de mudanza
screening-service-temporary-homeless-assistance = Ayuda por un tiempo corto mientras está sin hogar

## Límites de tiempo ($months, $max_months: números)

screening-time-limit =
    { $months ->
        [one] Estos servicios pueden durar hasta { $months } mes.
       *[other] Estos servicios pueden durar hasta { $months } meses.
    }
screening-time-limit-extendable =
    { $months ->
        [one] Estos servicios pueden durar { $months } mes. Si usted cumple con las reglas del programa, pueden seguir hasta { $max_months } meses.
       *[other] Estos servicios pueden durar { $months } meses. Si usted cumple con las reglas del programa, pueden seguir hasta { $max_months } meses.
    }
