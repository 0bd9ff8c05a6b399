### Autoevaluación: preguntas, respuestas y resultados.
# Reviewed by a certified translator: no.
### Los ids los usa app/src/screening (ver messages.rs). Mantenga los mismos ids en cada idioma.
### Escriba para un nivel de lectura de unos 9 años y trate a la persona de "usted".
### No culpe a los padres: diga "su caso con DCFS".
### Deje los nombres oficiales como están: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Program and role names are Fluent terms from terms.ftl ({ -dcfs }, { -social-worker }): never
### type them; see locales/glossary.toml and locales/README.md.

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

screening-q-dcfs-case = ¿Tiene un caso abierto con { -dcfs }?
screening-q-dcfs-case-hint = { -dcfs } es el { -dcfs-full }. Si un(a) { -social-worker } de niños le visita o le llama, puede que tenga un caso.
screening-q-dcfs-service = ¿Qué tipo de ayuda le da { -dcfs } a su familia?
screening-q-dcfs-service-hint = Su { -social-worker } de { -dcfs } le puede decir el nombre de su programa.
screening-q-children-location = ¿Dónde viven sus hijos ahora?
screening-q-children-location-hint = Piense en todos sus hijos.
screening-q-calworks-now = ¿Recibe { -calworks } ahora?
screening-q-calworks-now-hint = { -calworks } es dinero para familias con hijos. Lo da { -dpss }.
screening-q-calworks-at-removal = ¿Recibía { -calworks } cuando { -dcfs } colocó a sus hijos fuera de su casa?
screening-q-calworks-at-removal-hint = Es posible que su { -calworks } se haya cortado después. Conteste sobre el momento en que los colocaron.
screening-q-fr-plan = ¿Tiene un plan de { -family-reunification-said } con { -dcfs }?
screening-q-fr-plan-hint = Es el plan que usted hizo con su { -social-worker } de { -dcfs } para que sus hijos vuelvan a casa.
screening-q-relative-caregiver = ¿{ -dcfs } colocó a alguno de sus hijos con un familiar?
screening-q-relative-caregiver-hint = Por ejemplo, con una abuela, un abuelo, una tía, un tío u otro familiar.
screening-q-homeless = ¿Está usted sin hogar ahora?
screening-q-homeless-hint = Por ejemplo, duerme en un albergue, un carro, un motel o en la calle, o se muda de un lugar a otro.
screening-q-sanction = ¿{ -dpss } le bajó su { -calworks } por una { -sanction-said } de { -gain }?
screening-q-sanction-hint = Una { -sanction-said } es cuando { -dpss } le baja su { -calworks } por una regla de { -gain } ({ -welfare-to-work-said }). Una carta de { -dpss } lo diría.

## Opciones de respuesta

screening-answer-yes = Sí
screening-answer-no = No
screening-answer-unsure = No sé
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = Sus hijos viven con usted, y un(a) { -social-worker } de { -dcfs } ayuda a su familia. Puede ser por orden de la corte o porque usted lo eligió.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = Sus hijos viven con usted, y una agencia de { -family-preservation } trabaja con su familia.
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = Sus hijos viven en otro lugar por ahora, y usted está trabajando para que vuelvan a casa.
screening-answer-investigation = { -dcfs } está revisando un reporte
screening-answer-investigation-hint = Un(a) { -social-worker } está revisando cómo está su familia, y todavía no ha empezado ningún programa.
screening-answer-all-home = Todos mis hijos viven conmigo
screening-answer-some-removed = Algunos viven conmigo, y { -dcfs } colocó a otros en otro lugar
screening-answer-all-removed = { -dcfs } colocó a todos mis hijos fuera de mi casa

## Razones: lo que nos dijo la familia

screening-reason-dcfs-case-yes = Usted dijo que tiene un caso abierto con { -dcfs }.
screening-reason-dcfs-case-no = Usted dijo que no tiene un caso abierto con { -dcfs }.
screening-reason-dcfs-case-unsure = Todavía no sabemos si usted tiene un caso abierto con { -dcfs }.
screening-reason-dcfs-service-family-maintenance = Usted dijo que su caso con { -dcfs } está en { -family-maintenance }.
screening-reason-dcfs-service-family-preservation = Usted dijo que su familia está en { -family-preservation } con { -dcfs }.
screening-reason-dcfs-service-family-reunification = Usted dijo que su caso con { -dcfs } está en { -family-reunification }.
screening-reason-dcfs-service-investigation = Usted dijo que { -dcfs } está revisando un reporte y que todavía no ha empezado ningún programa.
screening-reason-dcfs-service-unsure = Todavía no sabemos en qué programa de { -dcfs } está su caso.
screening-reason-children-location-all-home = Usted dijo que todos sus hijos viven con usted.
screening-reason-children-location-some-removed = Usted dijo que algunos de sus hijos viven con usted, y que { -dcfs } colocó a otros en otro lugar.
screening-reason-children-location-all-removed = Usted dijo que { -dcfs } colocó a todos sus hijos fuera de su casa.
screening-reason-children-location-unsure = Todavía no sabemos dónde viven sus hijos.
screening-reason-calworks-now-yes = Usted dijo que recibe { -calworks } ahora.
screening-reason-calworks-now-no = Usted dijo que no recibe { -calworks } ahora.
screening-reason-calworks-now-unsure = Todavía no sabemos si usted recibe { -calworks } ahora.
screening-reason-calworks-at-removal-yes = Usted dijo que recibía { -calworks } cuando colocaron a sus hijos fuera de su casa.
screening-reason-calworks-at-removal-no = Usted dijo que no recibía { -calworks } cuando colocaron a sus hijos fuera de su casa.
screening-reason-calworks-at-removal-unsure = Todavía no sabemos si usted recibía { -calworks } cuando colocaron a sus hijos fuera de su casa.
screening-reason-fr-plan-yes = Usted dijo que tiene un plan de { -family-reunification } con { -dcfs }.
screening-reason-fr-plan-no = Usted dijo que no tiene un plan de { -family-reunification } con { -dcfs }.
screening-reason-fr-plan-unsure = Todavía no sabemos si usted tiene un plan de { -family-reunification } con { -dcfs }.
screening-reason-relative-caregiver-yes = Usted dijo que { -dcfs } colocó al menos a uno de sus hijos con un familiar.
screening-reason-relative-caregiver-no = Usted dijo que { -dcfs } no colocó a ninguno de sus hijos con un familiar.
screening-reason-relative-caregiver-unsure = Todavía no sabemos si alguno de sus hijos vive con un familiar.
screening-reason-homeless-yes = Usted dijo que está sin hogar ahora.
screening-reason-homeless-no = Usted dijo que no está sin hogar ahora.
screening-reason-homeless-unsure = Todavía no sabemos si usted está sin hogar ahora.
screening-reason-sanction-yes = Usted dijo que { -dpss } le bajó su { -calworks } por una { -sanction } de { -gain }.
screening-reason-sanction-no = Usted dijo que { -dpss } no le bajó su { -calworks } por una { -sanction } de { -gain }.
screening-reason-sanction-unsure = Todavía no sabemos si { -dpss } le bajó su { -calworks } por una { -sanction } de { -gain }.

## Qué cambiaría un resultado de "Pregunte a su trabajador(a)"

screening-change-dcfs-case = Averigüe si tiene un caso abierto con { -dcfs }. Su { -social-worker } de niños o una carta de { -dcfs } se lo puede decir.
screening-change-dcfs-service = Pregunte a su { -social-worker } de { -dcfs } en qué programa está su caso.
screening-change-children-location = Pregunte a su { -social-worker } de { -dcfs } dónde está colocado cada uno de sus hijos.
screening-change-calworks-now = Averigüe si recibe { -calworks } ahora. Su { -eligibility-worker-said }, sus cartas de { -dpss } o BenefitsCal se lo pueden decir.
screening-change-calworks-at-removal = Pregunte a su { -eligibility-worker } si usted tenía { -calworks } cuando colocaron a sus hijos fuera de su casa.
screening-change-fr-plan = Pregunte a su { -social-worker } de { -dcfs } si usted tiene un plan de { -family-reunification }.
screening-change-relative-caregiver = Pregunte a su { -social-worker } de { -dcfs } si alguno de sus hijos está colocado con un familiar.
screening-change-homeless = Dígale a su trabajador(a) dónde duerme por la noche. Le puede decir si eso cuenta como estar sin hogar.
screening-change-sanction = Pregunte a su { -gain-worker } si le bajaron su { -calworks } por una { -sanction }. Una carta de { -dpss } también lo diría.

## Opciones de ayuda: un título y un resumen de una oración

screening-path-prevention-5122 = Pida a { -dcfs } que le conecte con { -dpss }
screening-path-prevention-5122-summary = Su { -social-worker } de { -dcfs } puede revisar si usted podría recibir ayuda de { -dpss }, como { -calworks }, { -general-relief }, { -calfresh } o { -medi-cal }, y ayudarle a solicitarla más rápido.
screening-path-family-maintenance = Servicios de { -gain } en { -family-maintenance-said }
screening-path-family-maintenance-summary = Mientras sus hijos viven con usted y su caso con { -dcfs } está en { -family-maintenance }, los servicios de { -gain } pueden ser parte de su plan de { -welfare-to-work-said }.
screening-path-family-preservation = Servicios de { -gain } en { -family-preservation-said }
screening-path-family-preservation-summary = Mientras sus hijos viven con usted y su familia está en { -family-preservation }, { -dcfs } y { -dpss } planean juntos sus servicios, y los servicios de { -gain } pueden ser parte de su plan de { -welfare-to-work-said }.
screening-path-family-reunification = Servicios de { -gain } en { -family-reunification-said }
screening-path-family-reunification-summary = Si usted tenía { -calworks } cuando colocaron a sus hijos fuera de su casa, puede elegir seguir recibiendo servicios de { -gain }, sin dinero en efectivo, para ayudar a que vuelvan a casa.
screening-path-homeless-outreach = Ayuda para familias sin hogar
screening-path-homeless-outreach-summary = Si usted tiene { -calworks } y un caso de { -family-maintenance } con { -dcfs }, { -dcfs } y { -dpss } pueden trabajar juntos para conectar a su familia con ayuda para familias sin hogar.
screening-path-sanction-help = Ayuda para terminar una { -sanction-said } de { -calworks }
screening-path-sanction-help-summary = { -dcfs } y { -dpss } pueden comunicarse juntos con usted para ayudarle a resolver lo que causó la { -sanction } y terminarla.
screening-path-linkages-gsw = Un(a) { -gain-worker } en su oficina de { -dcfs }
screening-path-linkages-gsw-summary = Un(a) { -linkages-gain-worker } en su oficina de { -dcfs } puede participar en sus reuniones del { -child-and-family-team-said } y dar consejos sobre su caso.
screening-path-dpss-apply = Solicite ayuda de { -dpss } usted mismo(a)
screening-path-dpss-apply-summary = Usted puede solicitar ayuda de { -dpss }, como { -calworks }, { -calfresh }, { -medi-cal } o { -general-relief }, por internet o por teléfono.

## Qué hacer ahora

screening-step-answer-again = Si algo cambia, puede contestar las preguntas otra vez.
screening-step-ask-worker = Pregunte a su { -social-worker } de { -dcfs }, o a su { -eligibility-worker-said } o a su { -gain-worker }, si esto es para usted.
screening-step-call-211 = Llame al 2-1-1 para encontrar ayuda cerca de usted. Es gratis y atienden de día y de noche.
screening-step-wtw-plan = Pregunte qué servicios pueden ser parte de su plan de { -welfare-to-work-said }.
screening-step-benefitscal = Haga su solicitud por internet en BenefitsCal.com.
screening-step-call-dpss = O llame a { -dpss } al (866) 613-3777.
screening-step-ask-5122 = Pida a su { -social-worker } de { -dcfs } que revise si usted puede recibir ayuda de { -dpss }. Para eso usa un formulario llamado { -form-5122 }.
screening-step-expedited-intake = Si es posible que usted califique, su { -social-worker } le referirá a { -dpss } para que su solicitud avance más rápido.
screening-step-tell-worker-fm = Dígale a su { -eligibility-worker } o a su { -gain-worker } que tiene un caso de { -family-maintenance-said } con { -dcfs }.
screening-step-tell-worker-fp = Dígale a su { -eligibility-worker } o a su { -gain-worker } que su familia está en { -family-preservation-said } con { -dcfs }.
screening-step-fr-volunteer = Dígales a su { -social-worker } de { -dcfs } y a su { -gain-worker } que quiere servicios de { -family-reunification-said }. Usted decide.
screening-step-general-relief = Estos servicios no incluyen dinero en efectivo. Si necesita dinero para vivir, puede solicitar { -general-relief-said }.
screening-step-tell-worker-homeless = Dígales a su { -social-worker } de { -dcfs } y a su { -eligibility-worker } que está sin hogar. Pídales que trabajen juntos para ayudarle.
screening-step-tell-worker-sanction = Hable de la { -sanction-said } con su { -gain-worker } y con su { -social-worker } de { -dcfs }. Pídales que trabajen con usted para terminarla.
screening-step-gsw-cft = Pida a su { -social-worker } de { -dcfs } que invite al/a la { -linkages-gain-worker } a su reunión del { -child-and-family-team-said }.
screening-step-gsw-consult = Su { -social-worker } también puede hablar de su caso con el/la { -linkages-gain-worker }.
screening-step-dpss-if-dcfs = Si tiene un caso con { -dcfs }, pida a su { -social-worker } que le ayude a hacer la solicitud. Puede ser más rápido.
screening-step-dpss-through-dcfs = Como usted tiene un caso con { -dcfs }, su { -social-worker } le puede ayudar con { -dpss }. Vea los otros resultados.

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
