# Translator's notes (Spanish, neutral international register, "usted").
# - "coordinator" is rendered consistently as "persona coordinadora" /
#   "personas coordinadoras" (and "persona administradora" for administrator).
# - Statuses of a statement are feminine (they agree with "declaración");
#   statuses and counts of signatures are feminine too (they agree with "firma").
# - Numbers follow Spanish style: 2000 without separator, 60 000 with a
#   non-breaking space.

app-name = undersigned
skip-to-content = Saltar al contenido
nav-home = Inicio
nav-languages = Idioma
footer-note = Los datos de contacto de quienes firman nunca se publican.
footer-source = Código fuente: AGPL-3.0-or-later

source-title = Código fuente
source-licence = Este sitio funciona con undersigned { $version }, software libre distribuido bajo la Licencia Pública General Affero de GNU, versión 3 o posterior (AGPL-3.0-or-later). Cualquier persona que lo utilice a través de una red puede obtener su código fuente, con los cambios que haya introducido este sitio.
source-published = El código fuente de la versión que funciona aquí:
source-unpublished = Quien administra este sitio debe publicar el código fuente de la versión que utiliza y enlazarlo aquí (ajuste SOURCE_URL); mientras tanto, solicíteselo.

home-title = Declaraciones conjuntas
home-intro = Aquí aparecen las declaraciones abiertas a firma y las declaraciones publicadas.
home-empty = Todavía no hay declaraciones públicas.

error-back-home = Volver a la página de inicio
error-400-title = No se pudo entender la solicitud
error-403-title = Acción no permitida
error-403-text = No tiene permiso para hacer esto.
error-404-title = Página no encontrada
error-404-text = No hay nada en esta dirección. Compruebe el enlace o empiece desde la página de inicio.
error-405-title = Método no permitido
error-410-title = Ya no está disponible
error-413-title = Demasiados datos
error-413-text = Lo que envió supera el tamaño que acepta este sitio.
error-422-title = Revise los datos del formulario
error-429-title = Demasiados intentos
error-500-title = Algo salió mal
error-500-text = Se produjo un error inesperado por nuestra parte. No se publicó nada de lo que escribió; vuelva a intentarlo en unos momentos.
error-503-title = No disponible temporalmente
error-503-text = En este momento el servicio no puede acceder a su base de datos. Vuelva a intentarlo en unos momentos.
csrf-failed = No se pudo aceptar este formulario porque su código de seguridad faltaba o estaba caducado. Vuelva atrás, recargue la página y envíe el formulario de nuevo. (Su navegador debe permitir las cookies de este sitio).

nav-workspace = Espacio de trabajo
nav-dashboard = Panel
nav-new-statement = Nueva declaración
nav-audit = Registro de auditoría
nav-signers = Datos de firmantes
nav-users = Cuentas
nav-teams = Equipos
nav-sign-out = Cerrar sesión

form-error-summary = Hay un problema

notice-saved = Cambios guardados.
notice-created = Se ha creado correctamente.
notice-opened = La declaración está abierta a firma.
notice-closed = El periodo de firma está cerrado.
notice-reopened = La declaración vuelve a estar abierta a firma.
notice-published = La declaración está publicada.
notice-archived = La declaración está archivada.
notice-amended = Se modificó el texto; el cambio consta en el registro de auditoría.
notice-password-changed = Se cambió su contraseña. Se cerró la sesión en los demás navegadores conectados a su cuenta.
notice-invited = Invitación creada.
notice-disabled = La cuenta está desactivada y sus sesiones se cerraron.
notice-enabled = La cuenta está activada.
notice-mail-queued = El correo electrónico se volverá a enviar.
notice-invitation-revoked = Se revocó la invitación: su enlace ya no funciona.
notice-signed-in = Ha iniciado sesión.
notice-signed-out = Ha cerrado sesión.
notice-merged = Fusión realizada: queda una sola entrada en la lista.
notice-queued = Los mensajes están en cola; el informe que aparece abajo muestra el avance de su entrega.
notice-again = Los mensajes no entregados vuelven a estar en cola.

field-email = Correo electrónico
field-password = Contraseña
field-name = Nombre
field-role = Rol
field-your-name = Su nombre
field-new-password = Nueva contraseña
field-password-confirm = Repita la nueva contraseña
field-current-password = Contraseña actual

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-failed = La dirección de correo electrónico o la contraseña no son correctas.
login-disabled = Esta cuenta está desactivada. Pida a una persona administradora que la active.
login-locked = Demasiados intentos fallidos de inicio de sesión. Por su seguridad, el inicio de sesión está en pausa: vuelva a intentarlo dentro de { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}.

password-hint = Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña.
password-too-short = La contraseña debe tener al menos 12 caracteres.
password-too-long = La contraseña debe tener como máximo 1024 caracteres.
password-too-common = Esta contraseña es demasiado común o demasiado sencilla; elija otra.
password-is-email = La contraseña no puede ser su dirección de correo electrónico.
password-mismatch = Las dos contraseñas no coinciden.
password-current-wrong = La contraseña actual no es correcta.
password-change-title = Cambiar su contraseña
password-change-submit = Cambiar la contraseña

account-title = Su cuenta
account-name-required = Escriba su nombre (hasta 200 caracteres).
email-invalid = Escriba una dirección de correo electrónico como nombre@example.org.
email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
role-invalid = Elija un rol.
role-admin = Persona administradora
role-coordinator = Persona coordinadora

setup-title = Crear la primera cuenta de administración
setup-intro = Este enlace funciona una sola vez y durante una hora. La cuenta que cree aquí administra este servidor e invita a las personas coordinadoras.
setup-submit = Crear la cuenta de administración

link-gone-title = Este enlace ya no funciona
link-gone-text = El enlace caducó o ya se utilizó. Solicite uno nuevo.

users-title = Cuentas
users-state = Estado
users-actions = Acciones
users-active = Activa
users-disabled = Desactivada
users-disable = Desactivar
users-enable = Activar
invite-title = Invitar a una persona coordinadora
invitations-title = Invitaciones pendientes
# Column: when the invitation link stops working.
invitations-expires = Enlace válido hasta
invitations-revoke = Revocar
invite-intro = Obtendrá un enlace para enviárselo. Funciona una sola vez, durante siete días.
teams-title = Equipos
teams-intro = Cada declaración pertenece a un equipo. Las personas coordinadoras solo ven y gestionan las declaraciones de sus equipos; las administradoras las ven todas. Cada invitación indica el equipo al que se une la persona invitada.
teams-statements = { $n ->
    [one] 1 declaración
   *[other] { $n } declaraciones
  }
teams-no-members = Todavía no hay nadie en este equipo.
teams-remove = Quitar
teams-add = Añadir al equipo
teams-add-submit = Añadir
teams-rename = Nombre
teams-rename-submit = Cambiar el nombre
teams-new = Nuevo equipo
teams-name = Nombre del equipo
teams-create = Crear el equipo
team-name-invalid = Dé un nombre al equipo (120 caracteres como máximo).
team-name-taken = Otro equipo ya tiene este nombre.
invite-team-hint = El equipo al que se une una persona coordinadora: solo verá sus declaraciones.
invite-submit = Crear la invitación
invited-title = Invitación creada
invited-text = Envíe este enlace a { $email }. Funciona una sola vez, durante { $days } días.
invited-link = Enlace de invitación
invite-accept-title = Unirse al espacio de trabajo
invite-accept-intro = Recibió una invitación para la dirección { $email }. Elija su nombre, tal como lo verán las demás personas, y una contraseña.
invite-accept-submit = Crear mi cuenta
error-409-title = No es posible hacerlo en este momento

home-open = Abiertas a firma
home-others = Cerradas y publicadas

status-draft = Borrador
status-open = Abierta
status-closed = Cerrada
status-published = Publicada
status-archived = Archivada

time-left-days = { $n ->
    [one] se cierra en 1 día
   *[other] se cierra en { $n } días
}
time-left-hours = { $n ->
    [one] se cierra en 1 hora
   *[other] se cierra en { $n } horas
}
time-left-minutes = { $n ->
    [one] se cierra en 1 minuto
   *[other] se cierra en { $n } minutos
}

public-deadline = Cierre de firmas:
public-closed = El periodo de firma está cerrado.
public-closed-on = El periodo de firma se cerró el { $when }.
public-published-on = Publicada el { $date }.
public-closed-final = La lista definitiva de firmantes se publicará aquí.
public-amended = El texto se modificó el { $when }.

preview-banner = Vista previa: así se ve la página pública.
preview-back = Volver a la declaración

dashboard-title = Declaraciones
dashboard-status = Estado
dashboard-empty = Todavía no hay declaraciones. Cree la primera.
dashboard-no-deadline = sin fecha límite
# Translator: column headers counting signatures, so feminine plural ("firmas").
count-approved = Firmadas
count-pending = Pendientes de revisión
count-unconfirmed = Sin confirmar
count-rejected = Rechazadas
count-withdrawn = Retiradas
count-review = Posibles duplicados
signers-title = Datos de quien firma
signers-intro = Encuentre todas las firmas hechas con una misma dirección de correo electrónico, en cualquier declaración, para atender la solicitud de quien firmó: exportarlas o borrarlas.
signers-find = Buscar
signers-found = Firmas hechas con esta dirección
signers-statement = Declaración
signers-as = Firmó como
signers-erased-count = { $n ->
    [one] Se borraron los datos de una firma.
   *[other] Se borraron los datos de { $n } firmas.
}
signers-none = Ninguna firma tiene esta dirección (las que se borraron antes ya no la conservan).
signers-export = Exportar como JSON
signers-erase-title = Borrar
signers-erase-text = Borra la dirección de correo electrónico, la persona de contacto, el mensaje y el sitio web de todas las firmas anteriores, así como los correos enviados a esta dirección. Las firmas en listas aún no publicadas se retiran; las entradas publicadas permanecen en sus listas.
signers-erase-confirm = Entiendo que esta acción no se puede deshacer.
signers-erase = Borrar los datos asociados a esta dirección
signers-email-needed = Escriba la dirección de correo electrónico que se usó para firmar.
signers-confirm-needed = Marque la casilla para confirmar el borrado.
retention-title = Datos de contacto de firmantes
retention-erased = Borrados el { $date }. La lista pública se mantiene.
retention-due = Se borrarán el { $date } (correos electrónicos, nombres de contacto, mensajes, sitios web); la lista pública se mantiene.
retention-later = Se conservan hasta { $days } días después de la publicación y luego se borran; la lista pública se mantiene.

field-title = Título
field-slug = Dirección web
field-summary = Resumen
field-body = Texto
field-language = Idioma del texto
field-deadline = Fecha límite
field-deadline-local = Fecha y hora
field-timezone = Zona horaria
field-who = Quién puede firmar
field-allow-organisations = Organizaciones
field-allow-individuals = Personas a título individual
field-settings = Configuración
field-moderation = Revisar cada firma antes de que cuente (moderación)
field-public-list = Mostrar la lista de firmantes mientras la declaración esté abierta a firma
field-require-country = Exigir que se indique un país al firmar
field-grouping = Agrupación de la lista definitiva
field-note = Nota encima del formulario
field-amend-reason = Motivo del cambio en el texto (se conserva en el registro de auditoría)
grouping-none = Una sola lista alfabética
grouping-kind = Organizaciones y, después, personas a título individual
grouping-country = Por país

# Translator: "sin tildes ni ñ" added, since only ASCII letters are accepted.
slug-hint = La dirección de la declaración es /s/ seguido de este texto. Letras minúsculas sin tildes ni ñ, cifras y guiones. Déjelo vacío para generarla a partir del título. No se puede cambiar una vez abierta la declaración.
summary-hint = Una o dos frases, que se muestran en las listas y en las vistas previas de los enlaces.
body-hint = Markdown: **negrita**, *cursiva*, [enlaces](https://example.org), listas, encabezados.
deadline-hint = El último momento para firmar, según la hora local de la zona horaria elegida.
note-hint = Por ejemplo: "No podemos aceptar cambios en el texto".

editor-new-title = Nueva declaración
editor-title = Editar la declaración
editor-save = Guardar
editor-preview = Vista previa
editor-cancel = Cancelar
editor-preview-title = Vista previa
editor-preview-hint = Todavía no se ha guardado. Así se verá la página pública.
editor-preview-to-form = Volver al formulario
editor-frozen = Ya hay firmas sobre este texto, por lo que ya no se puede editar aquí.
# Translator: "amend" is rendered as "modificar" throughout (plainer than "enmendar").
amend-link = Modificar el texto

statement-title-required = Escriba un título (hasta 300 caracteres).
# Translator: the example web address is localised.
statement-slug-invalid = Use letras minúsculas, cifras y guiones simples (hasta 80 caracteres), por ejemplo aniversario-xiamen-2025.
statement-slug-taken = Otra declaración ya usa esta dirección. Elija otra.
statement-team-needed = Elija un equipo.
statement-slug-locked = La dirección no se puede cambiar una vez abierta la declaración.
statement-summary-too-long = El resumen es demasiado largo (2000 caracteres como máximo).
statement-body-too-long = El texto es demasiado largo (60 000 caracteres como máximo).
statement-note-too-long = La nota es demasiado larga (2000 caracteres como máximo).
statement-language-invalid = Elija un idioma de la lista.
statement-language-has-version = Esta declaración ya tiene una versión en ese idioma: elimine primero la versión o elija otro idioma.
statement-grouping-invalid = Elija una agrupación de la lista.
statement-who-required = Permita firmar a organizaciones, a personas a título individual o a ambas.
statement-text-frozen = Ya hay firmas sobre este texto; para cambiarlo, use "Modificar el texto", que queda registrado.
statement-deadline-future = Primero fije una fecha límite futura.
statement-changed-meanwhile = Otra persona modificó esta declaración al mismo tiempo. Recargue la página y vuelva a intentarlo.
# Translator: the format mask uses the Spanish letters AAAA (año) for YYYY; the "T" stays.
deadline-bad-format = Escriba la fecha y la hora con el formato AAAA-MM-DDTHH:MM, por ejemplo 2025-02-07T23:59.
deadline-skipped = { $time } no existe en { $zone }: los relojes se saltan esa hora por el cambio al horario de verano. Elija otra hora.
timezone-unknown = Elija una zona horaria de la lista.

refused-open = Solo se puede abrir un borrador.
refused-close = Solo se puede cerrar una declaración abierta.
refused-reopen = Solo se puede reabrir una declaración cerrada.
refused-publish = Una declaración solo se puede publicar una vez cerrado el periodo de firma.
refused-archive = Una declaración abierta debe cerrarse antes de archivarla.
refused-amend = Un texto publicado o archivado ya no se puede modificar.
refused-version-archived = Las versiones de una declaración archivada ya no pueden cambiar.
refused-version-delete = Ya hay firmas: una versión ya no puede eliminarse, solo modificarse.

action-open = Abrir a firma
action-close = Cerrar el periodo de firma ahora
action-reopen = Reabrir con una nueva fecha límite
action-publish = Publicar la lista definitiva
action-archive = Archivar

overview-address = Dirección pública
overview-signatures = Firmas
overview-edit = Editar
overview-preview = Vista previa
overview-lifecycle = Estado
versions-title = Versiones en otros idiomas
versions-translation = traducción añadida tras abrir las firmas
versions-view = Ver
versions-add = Añadir una versión en
versions-add-submit = Añadir
version-title = Versión en { $language }
version-intro = La misma declaración en otro idioma. El original en { $original } sigue siendo la referencia; cada lector elige su idioma en la página pública.
version-amend-intro = Ya hay firmas: cualquier cambio en esta versión es una modificación que se registra con su motivo en el registro de auditoría.
version-save = Guardar la versión
version-delete = Eliminar esta versión
version-back = Volver a la declaración
overview-history = Historial

amend-title = Modificar el texto
amend-intro = Esta declaración ya tiene firmas. Modifique el texto solo para corregir errores: el cambio y su motivo quedan registrados, y la página pública indica cuándo se modificó el texto.
amend-submit = Modificar el texto
amend-reason-required = Indique por qué cambia el texto: el motivo se conserva en el registro de auditoría.

audit-who = Quién
audit-statement = Declaración
audit-details = Detalles
audit-older = Entradas anteriores
audit-empty = Todavía no hay nada registrado.
audit-times-utc = Las horas se indican en UTC.
audit-filter = Filtrar el registro
audit-kind = Tipo
audit-kind-statement = Declaraciones
audit-kind-signature = Firmas
audit-kind-signer = Datos de firmantes
audit-kind-account = Cuentas
audit-kind-team = Equipos
audit-clear = Mostrar todo
overview-history-all = Todo el historial de esta declaración
audit-a-signature = una firma
audit-actor-signer = La persona firmante
audit-actor-system = El sistema
audit-actor-former = Una persona que fue coordinadora
audit-did-other = { $who }: { $action }
audit-did-statement-create = { $who } creó la declaración
audit-did-statement-edit = { $who } editó la declaración
audit-did-statement-amend = { $who } modificó el texto firmado
audit-did-statement-open = { $who } abrió la declaración a firma
audit-did-statement-close = { $who } cerró la declaración
audit-did-statement-reopen = { $who } reabrió la declaración
audit-did-statement-publish = { $who } publicó la declaración
audit-did-statement-archive = { $who } archivó la declaración
audit-did-statement-export = { $who } exportó la lista ({ $format })
audit-did-statement-contact-erased = { $who } borró los datos de contacto de { $count ->
    [one] una firma
   *[other] { $count } firmas
  }
audit-did-statement-version-save = { $who } guardó la versión en { $language }
audit-did-statement-version-amend = { $who } modificó la versión firmada en { $language }
audit-did-statement-version-delete = { $who } eliminó la versión en { $language }
audit-did-statement-addressees = { $who } cambió los destinatarios y la fecha de envío
audit-did-statement-circulated = { $who } envió la declaración final a { $count ->
    [one] 1 firmante
   *[other] { $count } firmantes
  }
audit-did-statement-delivered = { $who } envió la declaración a { $count ->
    [one] un destinatario
   *[other] { $count } destinatarios
  }
audit-did-statement-mailing-again = { $who } volvió a poner en cola { $count ->
    [one] un mensaje no entregado
   *[other] { $count } mensajes no entregados
  } de un envío
audit-did-signature-confirm = { $who } confirmó { $signature }
audit-did-signature-approve = { $who } aprobó { $signature }
audit-did-signature-reject = { $who } rechazó { $signature }
audit-did-signature-edit = { $who } corrigió { $signature }
audit-did-signature-replace = { $who } sustituyó { $other } por { $signature }
audit-did-signature-merge = { $who } fusionó { $other } en { $signature }
audit-did-signature-withdraw = { $who } retiró { $signature }
audit-did-signature-export = { $who } descargó los datos de { $signature }
audit-did-signature-erase = { $who } borró los datos de contacto de { $signature }
audit-did-signature-email-again = { $who } volvió a enviar el correo de confirmación de { $signature }
audit-did-signature-duplicate-attempt = Alguien intentó volver a firmar como { $signature }
audit-did-signature-look-alike-kept = { $who } mantuvo { $signature } junto a una entrada que parece idéntica
audit-did-signature-import = { $who } importó { $count ->
    [one] una firma
   *[other] { $count } firmas
  }
audit-did-signer-export = { $who } exportó los datos de una persona firmante ({ $count ->
    [one] una firma
   *[other] { $count } firmas
  })
audit-did-signer-erase = { $who } borró los datos de una persona firmante ({ $count ->
    [one] una firma
   *[other] { $count } firmas
  })
audit-did-account-sign-in = { $who } inició sesión
audit-did-account-setup = { $who } creó la primera cuenta
audit-did-account-invite = { $who } invitó a { $email }
audit-did-account-invitation-revoke = { $who } revocó una invitación
audit-did-account-accept-invitation = { $who } aceptó una invitación
audit-did-account-enable = { $who } activó la cuenta de { $email }
audit-did-account-disable = { $who } desactivó la cuenta de { $email }
audit-did-account-create-cli = Se creó una cuenta desde la línea de comandos para { $email }
audit-did-account-change-password = { $who } cambió su contraseña
audit-did-team-create = { $who } creó un equipo
audit-did-team-rename = { $who } cambió el nombre de un equipo
audit-did-team-member-add = { $who } añadió a alguien a un equipo
audit-did-team-member-remove = { $who } quitó a alguien de un equipo

country-international = Internacional
country-regional = Regional
field-organiser = Organizada por
field-team = Equipo
team-hint = Quién la coordina: los miembros de este equipo la ven y la gestionan.
team-none = Todavía no forma parte de ningún equipo: una persona administradora debe añadirle a uno antes de que pueda crear una declaración.
organiser-hint = La coalición u organización que coordina la declaración, tal como aparece en la página pública.
statement-organiser-too-long = El nombre de la entidad organizadora es demasiado largo (300 caracteres como máximo).
public-organiser = Coordinada por { $who }
statement-deadline-reopen = El periodo de firma ha terminado. Para fijar una nueva fecha límite, use "Reabrir con una nueva fecha límite" en la página de la declaración.

optional = opcional
public-count = { $n ->
    [0] Todavía no hay firmas.
    [one] 1 firma hasta ahora.
   *[other] { $n } firmas hasta ahora.
}
public-count-closed = { $n ->
    [0] Ninguna firma.
    [one] { $n } firma.
   *[other] { $n } firmas.
}
version-read-in = Esta declaración en:
version-original = original
version-translation-note = Esta traducción se añadió después de abrir las firmas: el texto firmado es el original en { $language }.
public-list-title = Firmantes

sign-heading = Firmar esta declaración
sign-kind-legend = ¿Quién firma?
sign-kind-organisation = Una organización
sign-kind-individual = Yo, a título individual
sign-name-organisation = Nombre de la organización
sign-name-person = Su nombre
sign-name-either = Nombre de la organización o su nombre
sign-title = Cargo o afiliación (personas a título individual)
sign-title-hint = Por ejemplo: Profesora de Derecho, Universidad de Ginebra.
sign-country = País
sign-country-none = Sin país / no indicado
sign-contact-name = Persona de contacto (organizaciones)
sign-private-hint = Privado: solo lo ven las personas coordinadoras.
sign-email = Correo electrónico
sign-email-hint = Privado. Le enviaremos un enlace: la firma cuenta una vez que lo abra.
sign-website = Sitio web
sign-listing-legend = ¿Cómo desea figurar en la lista?
sign-listing-public = Con nombre, en la lista pública
# Translator: also shown alone on the confirmation page and e-mail; "contada" agrees with "firma".
sign-listing-anonymous = Contada sin nombre
sign-message = Mensaje para las personas coordinadoras
sign-honeypot = Deje este campo vacío
sign-submit = Firmar
sign-after = Después de firmar recibirá un correo electrónico con un enlace para confirmar la firma y un enlace privado para corregirla o retirarla hasta la fecha límite.

sign-kind-required = Indique quién firma.
sign-name-required = Escriba el nombre de la organización.
sign-name-too-short = El nombre debe tener al menos 2 caracteres.
sign-name-too-long = El nombre debe tener como máximo 300 caracteres.
sign-person-required = Escriba su nombre.
sign-person-too-short = Su nombre debe tener al menos 2 caracteres.
sign-person-too-long = Su nombre debe tener como máximo 200 caracteres.
sign-title-too-long = El cargo debe tener como máximo 300 caracteres.
sign-contact-required = Escriba el nombre de una persona de contacto.
sign-contact-too-short = El nombre de la persona de contacto debe tener al menos 2 caracteres.
sign-contact-too-long = El nombre de la persona de contacto debe tener como máximo 200 caracteres.
sign-message-too-long = El mensaje debe tener como máximo 2000 caracteres.
sign-forbidden-characters = Este campo contiene caracteres invisibles o de control; vuelva a escribirlo.
sign-no-letters = Un nombre debe contener letras, no solo cifras, signos de puntuación o caracteres invisibles.
sign-no-links = Los nombres, cargos y menciones adicionales no pueden contener direcciones web ni de correo electrónico. Indique el sitio web en su propio campo; las direcciones de correo electrónico son privadas.
sign-country-required = Elija un país.
sign-country-invalid = Elija un país de la lista.
sign-website-invalid = Escriba una dirección web que empiece por http:// o https://, o deje el campo vacío.
sign-listing-required = Elija cómo desea figurar en la lista.
sign-rate-limited = Se enviaron demasiadas firmas desde su red en el último minuto. Espere un minuto y vuelva a enviar el formulario; lo que escribió se conserva.
sign-link-gone-text = Este enlace no funciona o ya no funciona. Si firmó, busque el correo electrónico más reciente sobre su firma.

thanks-title = Gracias: falta un paso
thanks-check-email = Le hemos enviado un correo electrónico. Abra el enlace que contiene para confirmar su firma: solo cuenta una vez confirmada.
thanks-spam = ¿No ha recibido ningún correo en unos minutos? Revise su carpeta de correo no deseado (spam).

confirm-title = Confirme su firma
confirm-statement = Declaración:
confirm-signer = Firma como
confirm-listing = Cómo figura
confirm-submit = Confirmar mi firma
confirm-done = Gracias: su firma está confirmada.
confirm-done-pending = Gracias: su firma está confirmada. Las personas coordinadoras revisan cada firma antes de que aparezca.
confirm-already = Esta firma ya estaba confirmada. Gracias.
confirm-expired = Este enlace de confirmación caducó. Vuelva a firmar para recibir uno nuevo.
confirm-not-possible = Esta firma ya no se puede confirmar (se retiró o ya se publicó la lista definitiva).

manage-title = Su firma
manage-save = Guardar los cambios
manage-email-fixed = (para usar otra dirección, retire la firma y vuelva a firmar)
manage-withdraw-title = Retirar
manage-withdraw-text = Su nombre no aparecerá en la lista y su firma no se contará.
manage-withdraw = Retirar mi firma
manage-withdraw-confirm = Sí, retirar mi firma de esta declaración
manage-withdraw-unconfirmed = Marque la casilla para confirmar que desea retirar su firma.
manage-withdrawn = Esta firma está retirada.
manage-closed = El periodo de firma ha terminado, por lo que la firma ya no se puede modificar aquí. Para corregirla, escriba a las personas coordinadoras.
manage-data-title = Sus datos
manage-data-text = Descargue todo lo que se conserva sobre esta firma, o borre definitivamente sus datos de contacto (correo electrónico, persona de contacto, mensaje, sitio web).
manage-data-download = Descargar mis datos (JSON)
manage-data-erase = Borrar mis datos
erase-title = Borrar sus datos
erase-what = Se borrarán de esta firma su dirección de correo electrónico, la persona de contacto, el mensaje y el sitio web, así como los correos enviados sobre ella. Este enlace dejará de funcionar.
erase-withdraws = Su firma también se retirará: saldrá de la lista y dejará de contarse.
erase-published = La lista está publicada: su entrada permanecerá en ella. Para que la retiren de la lista publicada, escriba a las personas coordinadoras.
erase-final = Esta acción no se puede deshacer.
erase-button = Borrar mis datos
erase-cancel = Cancelar
erased-title = Sus datos se han borrado
erased-text = Sus datos de contacto se han borrado y el enlace que siguió ya no funciona.
erased-withdrawn = Su firma se ha retirado.
erased-kept = Su entrada permanece en la lista publicada; las personas coordinadoras pueden retirarla si usted lo solicita.
notice-withdrawn = Su firma se ha retirado.

email-hello-unnamed = Hola:
email-confirm-subject = Confirme su firma: { $title }
email-confirm-intro = Alguien, probablemente usted, firmó esta declaración con su dirección de correo electrónico:
email-confirm-signer = Firma como:
email-confirm-action = Para confirmarla, abra este enlace y haga clic en el botón:
email-manage = Para corregir o retirar la firma hasta el cierre del periodo de firma
email-confirm-ignore = Si usted no firmó, ignore este correo: no se publica nada sin confirmación.
email-circulation-subject = La declaración final: { $title }
email-circulation-intro = Gracias por firmar. La declaración se ha publicado con la lista de firmantes:
email-circulation-print = Una versión para imprimir o guardar como PDF:
email-circulation-why = Recibe este mensaje porque firmó esta declaración. No dude en compartirla.
email-delivery-online = La declaración y la lista de firmantes, en línea:

group-organisations = Organizaciones
group-individuals = Personas a título individual
group-no-country = País no indicado
# Both counts of the final list: organisations, then individuals.
count-both = { $organisations } y { $individuals }
count-none = Todavía no hay firmantes
# Translator: [one] is written out as "una" because both nouns are feminine
# (a spelled-out "uno" would not agree). [many] (CLDR: exact millions) needs
# "de": "un millón de organizaciones".
count-organisations = { $n ->
    [one] una organización ({ $n })
    [many] { $words } de organizaciones ({ $n })
   *[other] { $words } organizaciones ({ $n })
}
count-individuals = { $n ->
    [one] una persona a título individual ({ $n })
    [many] { $words } de personas a título individual ({ $n })
   *[other] { $words } personas a título individual ({ $n })
}
count-anonymous-organisations = { $n ->
    [one] y 1 organización que pidió no figurar con su nombre
   *[other] y { $n } organizaciones que pidieron no figurar con su nombre
}
count-anonymous = { $n ->
    [one] y 1 firmante que pidió no figurar con su nombre
   *[other] y { $n } firmantes que pidieron no figurar con su nombre
}

curation-title = Firmas
curation-status = Estado
curation-kind = Tipo
curation-all = Todas
curation-search = El nombre o el correo contiene
curation-apply = Mostrar
curation-received = Recibida (UTC)
# Delivery of the latest email sent for this signature (the confirmation).
curation-mail = Correo enviado a quien firmó
curation-mail-sent = Enviado el { $at }
curation-mail-waiting = Pendiente de envío
curation-mail-failing = Aún no entregado; se volverá a intentar
curation-mail-refused = Rechazado por el servidor de correo; no se volverá a intentar
# Button: after the address or the mail server was fixed.
curation-mail-send-again = Volver a enviar
curation-mail-nothing-to-send = No hay ningún correo rechazado que volver a enviar.
curation-anonymous = sin nombre
curation-empty = Ninguna firma coincide.
curation-next = Página siguiente
curation-previous = Página anterior
curation-page-of = Página { $page } de { $pages }
curation-pages = Páginas de la lista
curation-filter = Filtrar la lista
curation-listing = En la lista pública
curation-listing-named = Con nombre
curation-listing-anonymous = Contadas sin nombre
curation-per-page = Por página
curation-showing = { $total ->
    [0] Ninguna firma coincide.
    [one] Coincide una firma.
   *[other] Coinciden { $total } firmas; { $shown } en esta página.
  }
curation-select-page = Seleccionar todas las firmas de esta página
curation-all-matching = Todas las que coinciden ({ $total })…
curation-all-matching-hint = Entre las firmas que coinciden con los filtros, en todas las páginas: la aprobación se aplica a las confirmadas y pendientes de revisión; el rechazo, a todas las que están aprobadas o en espera (salvo las retiradas por quien firmó o fusionadas con otra).
curation-approve-matching = Aprobar todas ({ $total })
curation-reject-matching = Rechazar todas ({ $total })
curation-correct = Corregir
curation-save = Guardar
duplicates-title = Posibles duplicados
duplicates-intro = Entradas que, aunque difieren, parecen corresponder a la misma persona u organización firmante: el mismo nombre salvo por una sigla o la puntuación, una ortografía que difiere en pocas letras, un mismo dominio de correo electrónico, un mismo sitio web. Nada cambia hasta que usted las fusione; la fusión conserva una sola entrada en la lista y completa lo que le falte con los datos de la otra.
duplicates-none = No hay posibles duplicados: ninguna entrada se parece a otra.
duplicates-capped = Solo se muestran los primeros 200 pares; fusione o corrija algunos para ver el resto.
duplicates-reason-same-name = Mismo nombre
duplicates-reason-acronym = Sigla
duplicates-reason-spelling = Ortografía parecida
duplicates-reason-email-domain = Mismo dominio de correo
duplicates-reason-website = Mismo sitio web
# Roles of the two entries of a pair.
duplicates-kept = Permanece en la lista
duplicates-merged = Se fusiona en la entrada que se conserva
duplicates-what-changes = Lo que cambia con la fusión:
# $name: the entry that leaves the list.
duplicates-leaves-list = La entrada { $name } sale de la lista (queda marcada como duplicada; no se informa a quien firmó).
# $field: e.g. "Country"; $before and $after: its values.
duplicates-field-change = { $field }: { $before } → { $after }
duplicates-field-added = { $field }: { $after } (procede de la otra entrada)
duplicates-kept-as-is = Nada más: la entrada { $name } queda tal como está.
duplicates-merge = Fusionar
duplicates-keep-other = Conservar la otra entrada en su lugar
curation-approve-selected = Aprobar las seleccionadas
curation-reject-selected = Rechazar las seleccionadas
curation-approve = Aprobar
curation-reject = Rechazar
curation-choose-action = Elija una acción.
curation-would-duplicate = Otra firma de esta declaración ya tiene este nombre y este país (o este correo electrónico). Fusiónelas en su lugar.
curation-withdrawn = Quien firmó retiró esta firma; no se puede aprobar en su nombre.
curation-unconfirmed = Quien firmó aún no ha confirmado su dirección de correo electrónico: una firma solo se aprueba una vez confirmada.
curation-matching-changed = La lista ha cambiado desde que se mostró la página (firmas nuevas o decisiones de otra persona). Revísela de nuevo antes de decidir sobre todas ellas.
curation-edit-title = Corregir la entrada pública
curation-public-name = Nombre tal como se publica
# Translator: "qualifier" (text shown after a signatory's name) = "mención adicional".
curation-qualifier = Mención adicional
# Translator: the example uses the Observatory's current official Spanish name.
curation-qualifier-hint = Se muestra después del nombre; por ejemplo: "en el marco del Observatorio para la Protección de las Personas Defensoras de Derechos Humanos".
curation-qualifier-too-long = La mención adicional debe tener como máximo 500 caracteres.
curation-merge-title = Duplicado de otra firma
curation-merge-intro = Marca esta firma como duplicada: sale de la lista, y lo que le falte a la otra (país, sitio web, cargo, mención adicional) se toma de esta.
curation-merge-into = Posibles duplicados
curation-no-candidates = No hay ninguna otra firma con este nombre o correo electrónico.
curation-merge = Marcar como duplicada y fusionar
sigstatus-unconfirmed = Sin confirmar
sigstatus-pending = Pendiente de revisión
sigstatus-approved = Aprobada
sigstatus-rejected = Rechazada
sigstatus-withdrawn = Retirada
sigstatus-duplicate = Duplicada
sigstatus-review = Posible duplicado
curation-review-title = Pendiente de su revisión
curation-review-duplicate = Se confirmó mientras otra entrada ocupaba el lugar de la misma organización o dirección de correo electrónico. No se informó de ello a quien firmó. Puede ser un duplicado de:
curation-review-identity = Quien firmó cambió el nombre o el país mediante su enlace privado. Apruebe la firma si la nueva entrada es correcta; si no, rechácela.
curation-replace = Sustituir esa entrada por esta
overview-signature-list = Lista de firmas
feed-title = Declaraciones conjuntas publicadas
public-print = Imprimir o guardar como PDF
# $to is whom the coordinators addressed it to, e.g. "Permanent Missions to the UN in Geneva"; $date a day.
public-delivered = Enviada el { $date }; destinatarios: { $to } ({ $n }).
public-delivered-unnamed = Enviada a { $n ->
    [one] un destinatario
   *[other] { $n } destinatarios
  } el { $date }.
public-text = Texto sin formato
share-title = Compartir esta declaración
share-link = Enlace a esta página
share-copy = Copiar el enlace
share-copied = Copiado
share-email = Por correo electrónico
share-mastodon-instance = Su servidor de Mastodon
share-mastodon = Compartir en Mastodon
share-mastodon-invalid = Indique la dirección de su servidor de Mastodon, por ejemplo mastodon.social.
share-private = Estos enlaces abren la página de la red solo cuando hace clic en ellos; esta página no carga nada de esas redes.
share-mastodon-go = Continuar en { $host }
share-back = Volver a la declaración
import-title = Importar firmas
import-intro = Añada firmas reunidas por otros medios (por correo electrónico, en papel) desde un archivo CSV. Se añaden como aprobadas. La primera fila indica los nombres de las columnas, entre los siguientes:
# Translator: column names and the values organisation/individual are typed
# literally in the CSV file, so they stay in English and in quotes or as is.
import-hint = Solo "name" es obligatoria. "country": código ISO como JP, o bien INT, REG. "kind": organisation (valor predeterminado) o individual. Codificación UTF-8, tal como las hojas de cálculo guardan el formato "CSV UTF-8". Para archivos más grandes, use el comando `undersigned import`.
import-file = Archivo CSV
import-preview = Comprobar el archivo
import-problems = El archivo no se puede importar tal como está
import-line = Línea
import-again = Elegir otro archivo
import-ready = { $n ->
    [one] 1 firma está lista para importarse. No se guarda nada hasta que usted confirme.
   *[other] { $n } firmas están listas para importarse. No se guarda nada hasta que usted confirme.
}
import-commit = { $n ->
    [one] Importar 1 firma
   *[other] Importar { $n } firmas
}
import-more = Aquí solo se muestran las primeras 500 filas; se importan todas.
import-too-big = El archivo supera los 340 kB; use el comando `undersigned import` para importarlo.
import-not-utf8 = El archivo no es texto UTF-8. Guárdelo como "CSV UTF-8" y vuelva a intentarlo.
overview-import = Importar
overview-circulation = Difusión
circulation-title = Difusión
circulation-intro = Una vez publicada la declaración, envíela con la lista de firmantes a todas las personas y organizaciones que la firmaron, y hágala llegar a sus destinatarios. Cada envío es individual: nadie ve la dirección de los demás.
circulation-not-published = La declaración aún no está publicada: la difusión será posible una vez que se publique.
circulation-nobody = No hay nadie a quien enviarla.
circulation-note-too-long = La nota es demasiado larga (5000 caracteres como máximo).
circulation-again-confirm = Ya se les envió. Confirme para enviarla por segunda vez.
circulation-again = Sí, volver a enviarla a todos
circulation-signatories = Firmantes
circulation-signatories-count = { $n ->
    [one] 1 firmante con dirección de contacto
   *[other] { $n } firmantes con dirección de contacto
  }
circulation-signatories-hint = Todas las firmas aprobadas, con nombre o sin él, en el idioma en que quien firmó leía el sitio. Las firmas rechazadas, retiradas o borradas no reciben nada.
circulation-erased = Las direcciones de contacto de quienes firmaron se borraron el { $date }: ya no se les puede enviar la declaración.
circulation-sent-before = La declaración ya se envió a sus firmantes (vea el informe más abajo).
circulation-note = Nota encima de la declaración
circulation-note-hint = Texto sin formato, que se envía a todos tal como está escrito.
circulation-preview = Vista previa de los mensajes
circulation-preview-title = Los mensajes tal como se enviarán
circulation-preview-intro = Uno por idioma; cada destinatario recibe el mensaje en su propio idioma, en un envío individual.
circulation-preview-to = Para (primer destinatario)
circulation-preview-subject = Asunto
circulation-preview-attachment = Adjunto
circulation-preview-attachment-size = (archivo PDF, { $kb } kB)
circulation-send = Enviar a todos
circulation-deliver-now = Enviar ahora
circulation-deliver-preview = Vista previa de la carta a los destinatarios
circulation-addressees = Destinatarios
circulation-addressees-intro = A quién va dirigida la carta; por ejemplo, las misiones permanentes ante la ONU en Ginebra. En la fecha de envío, una vez publicada la declaración, el servidor en funcionamiento envía a cada destinatario la declaración final con la lista de firmantes.
circulation-addressed-to = Dirigida a
circulation-addressed-to-hint = Tal como los nombra la página pública: "Enviada el 10 de febrero de 2025; destinatarios: Misiones Permanentes ante la ONU en Ginebra (47)".
circulation-addressee-list = Destinatarios (CSV)
circulation-addressee-list-hint = Uno por línea: nombre, dirección de correo electrónico. Se omite una primera línea "nombre,correo"; pegue el contenido de una hoja de cálculo guardada como CSV.
circulation-reply-to = Dirección de respuesta
circulation-reply-to-hint = La dirección de la organización coordinadora: las respuestas llegarán allí.
# $zone names the statement's time zone.
circulation-deliver-at = Fecha y hora de envío ({ $zone })
circulation-save-addressees = Guardar los destinatarios
circulation-bad-reply-to = Escriba una dirección de correo electrónico válida o deje el campo vacío.
circulation-bad-time = Indique una fecha y una hora o deje el campo vacío.
circulation-time-past = Esta hora ya pasó: indique una hora futura o deje el campo vacío.
circulation-bad-line = La línea { $line } no tiene el formato "nombre, dirección de correo electrónico".
circulation-too-many = Como máximo 2000 destinatarios.
circulation-delivered = Enviada el { $date }.
circulation-scheduled = { $n ->
    [one] Un destinatario la recibirá
   *[other] { $n } destinatarios la recibirán
  } el { $date } (una vez publicada).
circulation-report = Informe de envío
circulation-report-none = Todavía no se ha enviado nada.
circulation-report-when = En cola desde
circulation-report-to = Para
circulation-report-recipients = N.º de destinatarios
circulation-report-sent = Enviados
circulation-report-pending = En espera
circulation-report-failed = Fallidos
circulation-report-interrupted = Interrumpidos
circulation-report-scheduled = en la fecha de envío
circulation-audience-signatories = Firmantes
circulation-audience-addressees = Destinatarios
circulation-problems = Mensajes no entregados ({ $when })
circulation-interrupted = interrumpido durante el envío: puede que haya llegado, y no se volverá a enviar salvo que usted lo pida
circulation-retry = Volver a enviar estos mensajes
chart-per-day = Adhesiones por día (UTC)
chart-by-country = Adhesiones por país
chart-max = Día con más adhesiones: { $n }
chart-title = Adhesiones
chart-confirmed-only = Solo adhesiones confirmadas. { $unconfirmed ->
    [0] Ninguna está pendiente de confirmación.
    [one] Otra más espera que quien la firmó la confirme.
   *[other] Otras { $unconfirmed } esperan que quienes las firmaron las confirmen.
  }
chart-total = Total acumulado (días UTC)
chart-deadline = Fecha límite
chart-as-table = Mostrar como tabla
chart-day = Día
chart-day-count = Adhesiones
chart-running-total = Total acumulado
chart-others = Otros países
chart-none = Todavía no hay adhesiones confirmadas: los gráficos empiezan con la primera.
curation-published = La lista está publicada: quién figura en ella ya no cambia. (Todavía se puede corregir cómo se lee una entrada).
