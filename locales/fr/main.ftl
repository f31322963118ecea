# Translator's notes (French):
# - "coordinator(s)" is rendered collectively as "la coordination"; one person
#   is "un membre de la coordination". This avoids gendered forms and is used
#   consistently throughout.
# - "email" = "e-mail" (masculine), "email address" = "adresse e-mail".
# - Typography: U+00A0 before ":" and inside « », U+202F before ";", "?", "!".
# - Statuses of a statement agree with "déclaration" (feminine), statuses of
#   a signature with "signature" (feminine).

app-name = undersigned
skip-to-content = Aller au contenu
nav-home = Accueil
nav-languages = Langue
footer-note = Les coordonnées des signataires ne sont jamais publiées.
footer-source = Code source : AGPL-3.0-or-later

source-title = Code source
# The licence name is kept in English: only the English text is legally official.
source-licence = Ce site fonctionne avec undersigned { $version }, logiciel libre distribué sous la GNU Affero General Public License, version 3 ou ultérieure (AGPL-3.0-or-later). Toute personne qui l’utilise via un réseau a le droit d’en obtenir le code source, y compris les modifications apportées par ce site.
source-published = Le code source de la version utilisée ici :
source-unpublished = L’exploitant de ce site doit publier le code source de la version qu’il utilise et le lier ici (paramètre SOURCE_URL) ; en attendant, demandez-le-lui.

home-title = Déclarations communes
home-intro = Retrouvez ici les déclarations ouvertes à la signature et les déclarations publiées.
home-empty = Aucune déclaration publique pour l’instant.

error-back-home = Retour à l’accueil
error-400-title = La requête n’a pas pu être comprise
error-403-title = Action non autorisée
error-403-text = Vous n’avez pas l’autorisation d’effectuer cette action.
error-404-title = Page introuvable
error-404-text = Il n’y a rien à cette adresse. Vérifiez le lien ou repartez de la page d’accueil.
error-405-title = Méthode non autorisée
error-410-title = Cette page n’est plus disponible
error-413-title = Trop de données
error-413-text = Votre envoi dépasse la taille acceptée par ce site.
error-422-title = Veuillez vérifier votre saisie
error-429-title = Trop de tentatives
error-500-title = Une erreur s’est produite
error-500-text = Une erreur inattendue s’est produite de notre côté. Rien de ce que vous avez saisi n’a été publié ; veuillez réessayer dans un instant.
error-503-title = Service momentanément indisponible
error-503-text = Le service ne parvient pas à joindre sa base de données pour le moment. Veuillez réessayer dans un instant.
csrf-failed = Ce formulaire n’a pas pu être accepté car son jeton de sécurité manquait ou avait expiré. Revenez en arrière, rechargez la page et renvoyez le formulaire. (Votre navigateur doit accepter les cookies de ce site.)

nav-workspace = Espace de travail
nav-dashboard = Tableau de bord
nav-new-statement = Nouvelle déclaration
nav-audit = Journal d’audit
nav-signers = Données des signataires
nav-users = Comptes
nav-teams = Équipes
nav-sign-out = Se déconnecter

form-error-summary = Un problème est survenu

notice-saved = Enregistré.
notice-created = Créé.
notice-opened = La déclaration est ouverte à la signature.
notice-closed = Les signatures sont closes.
notice-reopened = La déclaration est de nouveau ouverte à la signature.
notice-published = La déclaration est publiée.
notice-archived = La déclaration est archivée.
notice-amended = Le texte a été amendé ; la modification figure dans le journal d’audit.
notice-password-changed = Votre mot de passe a été modifié. Les autres navigateurs connectés à votre compte ont été déconnectés.
notice-invited = Invitation créée.
notice-disabled = Le compte est désactivé et ses sessions ont été fermées.
notice-enabled = Le compte est activé.
notice-mail-queued = L’e-mail va être renvoyé.
notice-invitation-revoked = L’invitation a été révoquée : son lien ne fonctionne plus.
notice-signed-in = Vous êtes connecté·e.
notice-signed-out = Vous êtes déconnecté·e.
notice-merged = Fusion effectuée : une seule entrée reste sur la liste.
notice-queued = Les messages sont placés en file d’attente ; le rapport ci-dessous indique où en est leur envoi.
notice-again = Les messages non distribués sont de nouveau en file d’attente.

field-email = Adresse e-mail
field-password = Mot de passe
field-name = Nom
field-role = Rôle
field-your-name = Votre nom
field-new-password = Nouveau mot de passe
field-password-confirm = Confirmer le nouveau mot de passe
field-current-password = Mot de passe actuel

login-title = Connexion
login-submit = Se connecter
login-failed = L’adresse e-mail ou le mot de passe est incorrect.
login-disabled = Ce compte est désactivé. Demandez à un administrateur de le réactiver.
# French "one" covers 0 and 1, so the number is kept in the singular variant.
login-locked = Trop de tentatives de connexion ont échoué. Par sécurité, la connexion est suspendue : réessayez dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.

password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux font un bon mot de passe.
password-too-short = Le mot de passe doit comporter au moins 12 caractères.
password-too-long = Le mot de passe doit comporter au plus 1024 caractères.
password-too-common = Ce mot de passe est trop courant ou trop simple ; choisissez-en un autre.
password-is-email = Le mot de passe ne doit pas être votre adresse e-mail.
password-mismatch = Les deux mots de passe ne sont pas identiques.
password-current-wrong = Le mot de passe actuel est incorrect.
password-change-title = Modifier votre mot de passe
password-change-submit = Modifier le mot de passe

account-title = Votre compte
account-name-required = Saisissez votre nom (200 caractères maximum).
email-invalid = Saisissez une adresse e-mail du type nom@example.org.
email-taken = Un compte existe déjà avec cette adresse e-mail.
role-invalid = Choisissez un rôle.
role-admin = Administrateur
# One coordinator = a member of the coordination team (see header note).
role-coordinator = Membre de la coordination

setup-title = Créer le premier compte administrateur
setup-intro = Ce lien ne fonctionne qu’une fois et pendant une heure. Le compte que vous créez ici administre ce serveur et invite les membres de la coordination.
setup-submit = Créer l’administrateur

link-gone-title = Ce lien ne fonctionne plus
link-gone-text = Le lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.

users-title = Comptes
users-state = État
users-actions = Actions
# Agrees with "compte" (masculine).
users-active = Actif
users-disabled = Désactivé
users-disable = Désactiver
users-enable = Activer
invite-title = Inviter un membre de la coordination
invitations-title = Invitations en attente
# Column: when the invitation link stops working.
invitations-expires = Lien valable jusqu’au
invitations-revoke = Révoquer
invite-intro = Vous obtenez un lien à lui transmettre. Il ne fonctionne qu’une fois, pendant sept jours.
teams-title = Équipes
teams-intro = Chaque déclaration appartient à une équipe. Les membres de la coordination ne voient et ne gèrent que les déclarations de leurs équipes ; les administrateurs les voient toutes. Une invitation indique l’équipe que rejoint la personne invitée.
teams-statements = { $n ->
    [one] { $n } déclaration
   *[other] { $n } déclarations
  }
teams-no-members = Personne ne fait encore partie de cette équipe.
teams-remove = Retirer
teams-add = Ajouter à l’équipe
teams-add-submit = Ajouter
teams-rename = Nom
teams-rename-submit = Renommer
teams-new = Nouvelle équipe
teams-name = Nom de l’équipe
teams-create = Créer l’équipe
team-name-invalid = Donnez un nom à l’équipe (120 caractères au plus).
team-name-taken = Une autre équipe porte déjà ce nom.
invite-team-hint = L’équipe que rejoint un membre de la coordination : il ne verra que ses déclarations.
invite-submit = Créer l’invitation
invited-title = Invitation créée
invited-text = Envoyez ce lien à { $email }. Il ne fonctionne qu’une fois, pendant { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
invited-link = Lien d’invitation
invite-accept-title = Rejoindre l’espace de travail
invite-accept-intro = Vous avez été invité·e avec l’adresse { $email }. Choisissez votre nom, tel que les autres le verront, et un mot de passe.
invite-accept-submit = Créer mon compte
error-409-title = Action impossible pour le moment

home-open = Ouvertes à la signature
home-others = Closes et publiées

# Statement statuses agree with "déclaration" (feminine).
status-draft = Brouillon
status-open = Ouverte
status-closed = Close
status-published = Publiée
status-archived = Archivée

# Shown after the deadline: "… — clôture dans 3 jours".
time-left-days = { $n ->
    [one] clôture dans { $n } jour
   *[other] clôture dans { $n } jours
}
time-left-hours = { $n ->
    [one] clôture dans { $n } heure
   *[other] clôture dans { $n } heures
}
time-left-minutes = { $n ->
    [one] clôture dans { $n } minute
   *[other] clôture dans { $n } minutes
}

public-deadline = Clôture des signatures :
public-closed = Les signatures sont closes.
public-closed-on = Signatures closes le { $when }.
public-published-on = Publiée le { $date }.
public-closed-final = La liste définitive des signataires sera publiée ici.
public-amended = Le texte a été amendé le { $when }.

preview-banner = Aperçu : voici comment la page publique s’affiche.
preview-back = Retour à la déclaration

dashboard-title = Déclarations
dashboard-status = Statut
dashboard-empty = Aucune déclaration pour l’instant. Créez la première.
dashboard-no-deadline = aucune date limite
# Signature counts (column headers and "label: number"); plural, agreeing with "signatures".
count-approved = Signées
count-pending = En attente de vérification
count-unconfirmed = Non confirmées
count-rejected = Rejetées
count-withdrawn = Retirées
count-review = Doublons possibles
signers-title = Données d’un·e signataire
signers-intro = Retrouvez toutes les signatures données avec une même adresse e-mail, sur toutes les déclarations, pour répondre à la demande d’un·e signataire : exportez-les ou effacez-les.
signers-find = Rechercher
signers-found = Signatures données avec cette adresse
signers-statement = Déclaration
signers-as = Signé en tant que
signers-erased-count = { $n ->
    [one] Les données de { $n } signature ont été effacées.
   *[other] Les données de { $n } signatures ont été effacées.
}
signers-none = Aucune signature ne contient cette adresse (celles effacées auparavant ne la contiennent plus).
signers-export = Exporter en JSON
signers-erase-title = Effacer
signers-erase-text = Efface l’adresse e-mail, la personne de contact, le message et le site web de chacune des signatures ci-dessus, ainsi que les e-mails envoyés à cette adresse. Les signatures figurant sur des listes non encore publiées sont retirées ; les entrées déjà publiées restent sur leur liste.
signers-erase-confirm = Je comprends que cette action est irréversible.
signers-erase = Effacer les données de ce·tte signataire
signers-email-needed = Saisissez l’adresse e-mail du ou de la signataire.
signers-confirm-needed = Cochez la case pour confirmer l’effacement.
retention-title = Coordonnées des signataires
# Subject: the signers' contact data ("données", feminine plural).
retention-erased = Effacées le { $date }. La liste publique est conservée.
retention-due = Seront effacées le { $date } (e-mails, noms des personnes de contact, messages, sites web) ; la liste publique est conservée.
retention-later = Conservées jusqu’à { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après la publication, puis effacées ; la liste publique est conservée.

field-title = Titre
field-slug = Adresse web
field-summary = Résumé
field-body = Texte
field-language = Langue du texte
field-deadline = Date limite
field-deadline-local = Date et heure
field-timezone = Fuseau horaire
field-who = Qui peut signer
field-allow-organisations = Organisations
field-allow-individuals = Personnes à titre individuel
field-settings = Paramètres
field-moderation = Vérifier chaque signature avant qu’elle soit comptée (modération)
field-public-list = Afficher la liste des signataires pendant la période de signature
field-require-country = Les signataires doivent indiquer un pays
field-grouping = Présentation de la liste définitive
field-note = Note au-dessus du formulaire
field-amend-reason = Motif de la modification du texte (conservé dans le journal d’audit)
grouping-none = Une seule liste alphabétique
grouping-kind = Organisations, puis personnes à titre individuel
grouping-country = Par pays

# Slugs accept ASCII only, hence "non accentuées".
slug-hint = L’adresse de la déclaration est /s/ suivi de ce texte. Lettres minuscules non accentuées, chiffres et tirets. Laissez vide pour la générer à partir du titre. Elle ne peut plus changer une fois la déclaration ouverte.
summary-hint = Une ou deux phrases, affichées dans les listes et les aperçus de liens.
body-hint = Markdown : **gras**, *italique*, [liens](https://example.org), listes, intertitres.
deadline-hint = Dernier moment pour signer, selon l’heure locale du fuseau horaire choisi.
note-hint = Par exemple : « Nous ne pouvons pas accepter de modifications du texte. »

editor-new-title = Nouvelle déclaration
editor-title = Modifier la déclaration
editor-save = Enregistrer
editor-preview = Aperçu
editor-cancel = Annuler
editor-preview-title = Aperçu
editor-preview-hint = Pas encore enregistré. Voici comment la page publique s’affichera.
editor-preview-to-form = Revenir au formulaire
editor-frozen = Ce texte a déjà été signé : il ne peut plus être modifié ici.
# "Amend" (recorded correction of a signed text) = "amender", kept distinct from "Modifier" (edit a draft).
amend-link = Amender le texte

statement-title-required = Saisissez un titre (300 caractères maximum).
# The example slug is localised; it must stay lower-case ASCII with hyphens.
statement-slug-invalid = Utilisez des lettres minuscules non accentuées, des chiffres et des tirets simples (80 caractères maximum), par exemple anniversaire-xiamen-2025.
statement-slug-taken = Cette adresse est déjà utilisée par une autre déclaration. Choisissez-en une autre.
statement-team-needed = Choisissez une équipe.
statement-slug-locked = L’adresse ne peut plus changer une fois la déclaration ouverte.
statement-summary-too-long = Le résumé est trop long (2 000 caractères maximum).
statement-body-too-long = Le texte est trop long (60 000 caractères maximum).
statement-note-too-long = La note est trop longue (2 000 caractères maximum).
statement-language-invalid = Choisissez une langue dans la liste.
statement-language-has-version = Cette déclaration a déjà une version dans cette langue : supprimez d’abord la version ou choisissez une autre langue.
statement-grouping-invalid = Choisissez une présentation dans la liste.
statement-who-required = Autorisez les organisations, les personnes à titre individuel, ou les deux.
statement-text-frozen = Ce texte a déjà été signé ; modifiez-le avec « Amender le texte », ce qui est consigné.
statement-deadline-future = Fixez d’abord une date limite dans le futur.
statement-changed-meanwhile = Quelqu’un a modifié cette déclaration en même temps que vous. Rechargez la page et réessayez.
# AAAA-MM-JJ is the usual French placeholder for YYYY-MM-DD; the example shows the exact format.
deadline-bad-format = Saisissez la date et l’heure au format AAAA-MM-JJTHH:MM, par exemple 2025-02-07T23:59.
deadline-skipped = { $time } n’existe pas dans le fuseau { $zone } : les horloges sautent cette heure lors du passage à l’heure d’été. Choisissez une autre heure.
timezone-unknown = Choisissez un fuseau horaire dans la liste.

refused-open = Seul un brouillon peut être ouvert à la signature.
refused-close = Seule une déclaration ouverte peut être close.
refused-reopen = Seule une déclaration close peut être rouverte.
refused-publish = Une déclaration ne peut être publiée qu’une fois les signatures closes.
refused-archive = Une déclaration ouverte doit être close avant d’être archivée.
refused-amend = Un texte publié ou archivé ne peut plus être amendé.
refused-version-archived = Les versions d’une déclaration archivée ne peuvent plus changer.
refused-version-delete = Des signatures ont été reçues : une version ne peut plus être supprimée, seulement amendée.

action-open = Ouvrir à la signature
action-close = Clore les signatures maintenant
action-reopen = Rouvrir avec une nouvelle date limite
action-publish = Publier la liste définitive
action-archive = Archiver

overview-address = Adresse publique
overview-signatures = Signatures
overview-edit = Modifier
overview-preview = Aperçu
overview-lifecycle = Statut
versions-title = Versions linguistiques
versions-translation = traduction ajoutée après l’ouverture des signatures
versions-view = Voir
versions-add = Ajouter une version en
versions-add-submit = Ajouter
version-title = Version en { $language }
version-intro = La même déclaration dans une autre langue. L’original en { $original } reste la référence ; chaque lecteur choisit sa langue sur la page publique.
version-amend-intro = Des signatures ont été reçues : toute modification de cette version est un amendement, consigné avec sa raison dans le journal d’audit.
version-save = Enregistrer la version
version-delete = Supprimer cette version
version-back = Retour à la déclaration
overview-history = Historique

amend-title = Amender le texte
amend-intro = Cette déclaration a déjà été signée. N’amendez le texte que pour corriger des erreurs : la modification et son motif sont consignés, et la page publique indique la date de l’amendement.
amend-submit = Amender le texte
amend-reason-required = Indiquez le motif de la modification : il est conservé dans le journal d’audit.

audit-who = Auteur
audit-statement = Déclaration
audit-details = Détails
audit-older = Entrées plus anciennes
audit-empty = Aucune entrée pour l’instant.
audit-times-utc = Les heures sont indiquées en UTC.
audit-filter = Filtrer le journal
audit-kind = Type
audit-kind-statement = Déclarations
audit-kind-signature = Signatures
audit-kind-signer = Données des signataires
audit-kind-account = Comptes
audit-kind-team = Équipes
audit-clear = Tout afficher
overview-history-all = Tout l’historique de cette déclaration
audit-a-signature = une signature
audit-actor-signer = Le ou la signataire
audit-actor-system = Le système
audit-actor-former = Un ancien membre de la coordination
audit-did-other = { $who } : { $action }
# Translator's note: verbs with "avoir" only, so that nothing agrees with $who;
# "à", "pour" and "par" before $signature, $other and $email avoid elision ("de Amnesty").
audit-did-statement-create = { $who } a créé la déclaration
audit-did-statement-edit = { $who } a modifié la déclaration
audit-did-statement-amend = { $who } a amendé le texte signé
audit-did-statement-open = { $who } a ouvert la déclaration à la signature
audit-did-statement-close = { $who } a clos la déclaration
audit-did-statement-reopen = { $who } a rouvert la déclaration
audit-did-statement-publish = { $who } a publié la déclaration
audit-did-statement-archive = { $who } a archivé la déclaration
audit-did-statement-export = { $who } a exporté la liste ({ $format })
audit-did-statement-contact-erased = { $who } a effacé les coordonnées { $count ->
    [one] d’une signature
   *[other] de { $count } signatures
  }
audit-did-statement-version-save = { $who } a enregistré la version en { $language }
audit-did-statement-version-amend = { $who } a amendé la version signée en { $language }
audit-did-statement-version-delete = { $who } a supprimé la version en { $language }
audit-did-statement-addressees = { $who } a modifié les destinataires et la date d’envoi
audit-did-statement-circulated = { $who } a envoyé la déclaration finale { $count ->
    [one] à { $count } signataire
   *[other] à { $count } signataires
  }
audit-did-statement-delivered = { $who } a transmis la déclaration { $count ->
    [one] à { $count } destinataire
   *[other] à { $count } destinataires
  }
audit-did-statement-mailing-again = { $who } a remis en file d’attente { $count ->
    [one] un message non distribué
   *[other] { $count } messages non distribués
  } d’un envoi
audit-did-signature-confirm = { $who } a confirmé { $signature }
audit-did-signature-approve = { $who } a approuvé { $signature }
audit-did-signature-reject = { $who } a rejeté { $signature }
audit-did-signature-edit = { $who } a corrigé { $signature }
audit-did-signature-replace = { $who } a remplacé { $other } par { $signature }
audit-did-signature-merge = { $who } a fusionné { $other } dans { $signature }
audit-did-signature-withdraw = { $who } a retiré { $signature }
audit-did-signature-export = { $who } a téléchargé les données relatives à { $signature }
audit-did-signature-erase = { $who } a effacé les coordonnées liées à { $signature }
audit-did-signature-email-again = { $who } a renvoyé l’e-mail de confirmation pour { $signature }
audit-did-signature-duplicate-attempt = Quelqu’un a tenté de signer à nouveau pour { $signature }
audit-did-signature-look-alike-kept = { $who } a conservé { $signature } à côté d’une entrée qui semble identique
audit-did-signature-import = { $who } a importé { $count ->
    [one] une signature
   *[other] { $count } signatures
  }
audit-did-signer-export = { $who } a exporté les données d’un·e signataire ({ $count ->
    [one] une signature
   *[other] { $count } signatures
  })
audit-did-signer-erase = { $who } a effacé les données d’un·e signataire ({ $count ->
    [one] une signature
   *[other] { $count } signatures
  })
audit-did-account-sign-in = { $who } a ouvert une session
audit-did-account-setup = { $who } a créé le premier compte
audit-did-account-invite = { $who } a invité { $email }
audit-did-account-invitation-revoke = { $who } a révoqué une invitation
audit-did-account-accept-invitation = { $who } a accepté une invitation
audit-did-account-enable = { $who } a activé le compte { $email }
audit-did-account-disable = { $who } a désactivé le compte { $email }
audit-did-account-create-cli = Un compte a été créé en ligne de commande pour { $email }
audit-did-account-change-password = { $who } a modifié son mot de passe
audit-did-team-create = { $who } a créé une équipe
audit-did-team-rename = { $who } a renommé une équipe
audit-did-team-member-add = { $who } a ajouté une personne à une équipe
audit-did-team-member-remove = { $who } a retiré une personne d’une équipe

country-international = International
country-regional = Régional
# The coalition or organisation coordinating the statement, shown publicly.
field-organiser = Coordination de la déclaration
field-team = Équipe
team-hint = Qui la coordonne : les membres de cette équipe la voient et la gèrent.
team-none = Vous ne faites encore partie d’aucune équipe : un administrateur doit vous y ajouter avant que vous puissiez créer une déclaration.
organiser-hint = La coalition ou l’organisation qui coordonne la déclaration, telle qu’elle apparaît sur la page publique.
statement-organiser-too-long = Le nom de la coordination est trop long (300 caractères maximum).
# "Coordination : X" avoids agreement problems with "coordonné(e) par".
public-organiser = Coordination : { $who }
statement-deadline-reopen = Les signatures sont closes. Pour fixer une nouvelle date limite, utilisez « Rouvrir avec une nouvelle date limite » sur la page de la déclaration.

optional = facultatif
# [0] is kept as an exact match; French "one" also covers 0.
public-count = { $n ->
    [0] Aucune signature pour l’instant.
    [one] { $n } signature à ce jour.
   *[other] { $n } signatures à ce jour.
}
public-count-closed = { $n ->
    [0] Aucune signature.
    [one] { $n } signature.
   *[other] { $n } signatures.
}
version-read-in = Cette déclaration en :
version-original = original
version-translation-note = Cette traduction a été ajoutée après l’ouverture des signatures : le texte signé est l’original en { $language }.
public-list-title = Signataires

sign-heading = Signer cette déclaration
sign-kind-legend = Qui signe ?
sign-kind-organisation = Une organisation
sign-kind-individual = Moi, à titre individuel
sign-name-organisation = Nom de l’organisation
sign-name-person = Votre nom
sign-name-either = Nom de l’organisation ou votre nom
sign-title = Titre ou affiliation (personnes à titre individuel)
sign-title-hint = Par exemple : professeure de droit, Université de Genève.
sign-country = Pays
sign-country-none = Aucun pays / non précisé
sign-contact-name = Personne de contact (organisations)
sign-private-hint = Confidentiel : seule la coordination y a accès.
sign-email = Adresse e-mail
sign-email-hint = Confidentielle. Nous y envoyons un lien : la signature n’est comptée qu’une fois ce lien suivi.
sign-website = Site web
# The options agree with "signature" (feminine): "comptée sans être nommée".
sign-listing-legend = Comment votre signature doit-elle figurer ?
sign-listing-public = Nommée publiquement sur la liste
sign-listing-anonymous = Comptée sans être nommée
sign-message = Message à la coordination
sign-honeypot = Laissez ce champ vide
sign-submit = Signer
sign-after = Après avoir signé, vous recevez un e-mail contenant un lien de confirmation, ainsi qu’un lien personnel pour corriger ou retirer votre signature jusqu’à la date limite.

sign-kind-required = Indiquez qui signe.
sign-name-required = Saisissez le nom de l’organisation.
sign-name-too-short = Le nom doit comporter au moins 2 caractères.
sign-name-too-long = Le nom doit comporter au plus 300 caractères.
sign-person-required = Saisissez votre nom.
sign-person-too-short = Votre nom doit comporter au moins 2 caractères.
sign-person-too-long = Votre nom doit comporter au plus 200 caractères.
sign-title-too-long = Le titre doit comporter au plus 300 caractères.
sign-contact-required = Saisissez le nom d’une personne de contact.
sign-contact-too-short = Le nom de la personne de contact doit comporter au moins 2 caractères.
sign-contact-too-long = Le nom de la personne de contact doit comporter au plus 200 caractères.
sign-message-too-long = Le message doit comporter au plus 2 000 caractères.
sign-forbidden-characters = Ce champ contient des caractères invisibles ou de contrôle ; veuillez le saisir à nouveau.
sign-no-letters = Un nom doit contenir des lettres, et pas seulement des chiffres, de la ponctuation ou des caractères invisibles.
sign-no-links = Les noms, titres et mentions ne peuvent pas contenir d’adresse web ou e-mail. Indiquez le site web dans le champ prévu ; les adresses e-mail restent confidentielles.
sign-country-required = Choisissez un pays.
sign-country-invalid = Choisissez un pays dans la liste.
sign-website-invalid = Saisissez une adresse web commençant par http:// ou https://, ou laissez le champ vide.
sign-listing-required = Indiquez comment votre signature doit figurer.
sign-rate-limited = Trop de signatures ont été envoyées depuis votre réseau au cours de la dernière minute. Patientez une minute et renvoyez le formulaire ; votre saisie est conservée.
sign-link-gone-text = Ce lien ne fonctionne pas ou plus. Si vous avez signé, consultez l’e-mail le plus récent à ce sujet.

thanks-title = Merci ! Encore une étape
thanks-check-email = Nous vous avons envoyé un e-mail. Suivez le lien qu’il contient pour confirmer votre signature : elle ne sera comptée qu’une fois confirmée.
thanks-spam = Pas d’e-mail d’ici quelques minutes ? Vérifiez votre dossier de courrier indésirable.

confirm-title = Confirmez votre signature
confirm-statement = Déclaration :
confirm-signer = Signataire
confirm-listing = Mention sur la liste
confirm-submit = Confirmer ma signature
confirm-done = Merci : votre signature est confirmée.
confirm-done-pending = Merci : votre signature est confirmée. La coordination vérifie chaque signature avant sa mise en ligne.
confirm-already = Cette signature a déjà été confirmée. Merci.
confirm-expired = Ce lien de confirmation a expiré. Signez à nouveau pour en recevoir un nouveau.
confirm-not-possible = Cette signature ne peut plus être confirmée (elle a été retirée, ou la liste définitive est publiée).

manage-title = Votre signature
manage-save = Enregistrer les modifications
manage-email-fixed = (pour utiliser une autre adresse, retirez votre signature et signez à nouveau)
manage-withdraw-title = Retirer
manage-withdraw-text = Votre nom n’apparaîtra pas sur la liste et vous ne serez pas comptabilisé·e.
manage-withdraw = Retirer ma signature
manage-withdraw-confirm = Oui, retirer ma signature de cette déclaration
manage-withdraw-unconfirmed = Cochez la case pour confirmer que vous voulez retirer votre signature.
manage-withdrawn = Cette signature est retirée.
manage-closed = Les signatures sont closes : la signature ne peut plus être modifiée ici. Pour la corriger, écrivez à la coordination.
manage-data-title = Vos données
manage-data-text = Téléchargez toutes les données conservées sur cette signature, ou effacez définitivement vos coordonnées (e-mail, personne de contact, message, site web).
manage-data-download = Télécharger mes données (JSON)
manage-data-erase = Effacer mes données
erase-title = Effacer vos données
erase-what = Cette action efface de cette signature votre adresse e-mail, la personne de contact, le message et le site web, ainsi que les e-mails envoyés à son sujet. Ce lien cessera de fonctionner.
erase-withdraws = Votre signature est également retirée : elle disparaît de la liste et n’est plus comptée.
erase-published = La liste est publiée : votre entrée y reste. Pour être retiré·e de la liste publiée, écrivez à la coordination.
erase-final = Cette action est irréversible.
erase-button = Effacer mes données
erase-cancel = Annuler
erased-title = Vos données sont effacées
erased-text = Vos coordonnées ont été effacées et le lien que vous avez suivi ne fonctionne plus.
erased-withdrawn = Votre signature a été retirée.
erased-kept = Votre entrée reste sur la liste publiée ; la coordination peut la retirer sur demande.
notice-withdrawn = Votre signature est retirée.

email-hello-unnamed = Bonjour,
email-confirm-subject = Merci de confirmer votre signature : { $title }
email-confirm-intro = Quelqu’un, probablement vous, a signé cette déclaration avec votre adresse e-mail :
email-confirm-signer = Signataire :
email-confirm-action = Pour confirmer, ouvrez ce lien et cliquez sur le bouton :
# Followed by "(deadline):" and the private link.
email-manage = Pour corriger ou retirer la signature jusqu’à la clôture
email-confirm-ignore = Si vous n’avez pas signé, ignorez cet e-mail : rien n’est publié sans confirmation.
email-circulation-subject = La déclaration finale : { $title }
email-circulation-intro = Merci d’avoir signé. La déclaration est publiée avec la liste de ses signataires :
email-circulation-print = Une version à imprimer ou à enregistrer en PDF :
email-circulation-why = Vous recevez ce message parce que vous avez signé cette déclaration. N’hésitez pas à la partager.
email-delivery-online = La déclaration et la liste de ses signataires en ligne :

group-organisations = Organisations
group-individuals = Signataires à titre individuel
group-no-country = Pays non précisé
# Both counts of the final list: organisations, then individuals.
count-both = { $organisations } et { $individuals }
count-none = Aucun signataire pour l’instant
# $words comes from a French number speller in the masculine (e.g. "un"):
# the singular is written out as "une organisation"; for 21, 31… the speller
# still gives "un". "many" (1 000 000, etc.) needs "d’": "un million d’organisations".
count-organisations = { $n ->
    [one] une organisation ({ $n })
    [many] { $words } d’organisations ({ $n })
   *[other] { $words } organisations ({ $n })
}
# "signataire" is epicene and takes the masculine numeral given by the speller.
count-individuals = { $n ->
    [one] { $words } signataire à titre individuel ({ $n })
    [many] { $words } de signataires à titre individuel ({ $n })
   *[other] { $words } signataires à titre individuel ({ $n })
}
count-anonymous-organisations = { $n ->
    [one] et { $n } organisation ayant demandé à ne pas être nommée
   *[other] et { $n } organisations ayant demandé à ne pas être nommées
}
# "ayant demandé l’anonymat" avoids gender agreement for individual signatories.
count-anonymous = { $n ->
    [one] et { $n } signataire ayant demandé l’anonymat
   *[other] et { $n } signataires ayant demandé l’anonymat
}

curation-title = Signatures
curation-status = Statut
curation-kind = Type
curation-all = Tous
curation-search = Le nom ou l’e-mail contient
curation-apply = Afficher
curation-received = Reçue le (UTC)
# Delivery of the latest email sent for this signature (the confirmation).
curation-mail = E-mail au signataire
curation-mail-sent = Envoyé le { $at }
curation-mail-waiting = En attente d’envoi
curation-mail-failing = Pas encore distribué ; un nouvel essai aura lieu
curation-mail-refused = Refusé par le serveur de messagerie ; aucun nouvel essai
# Button: after the address or the mail server was fixed.
curation-mail-send-again = Renvoyer
curation-mail-nothing-to-send = Il n’y a aucun e-mail refusé à renvoyer.
# Status tag on a signature (feminine).
curation-anonymous = non nommée
curation-empty = Aucune signature ne correspond.
curation-next = Page suivante
curation-previous = Page précédente
curation-page-of = Page { $page } sur { $pages }
curation-pages = Pages de la liste
curation-filter = Filtrer la liste
curation-listing = Sur la liste publique
# Filter options; they agree with "signatures" (feminine plural).
curation-listing-named = Nommées
curation-listing-anonymous = Comptées sans être nommées
curation-per-page = Par page
# [0] is kept as an exact match; French "one" also covers 0.
curation-showing = { $total ->
    [0] Aucune signature ne correspond.
    [one] Une signature correspond.
   *[other] { $total } signatures correspondent ; { $shown } sur cette page.
  }
curation-select-page = Sélectionner toutes les signatures de cette page
curation-all-matching = Toutes les signatures correspondantes ({ $total })…
curation-all-matching-hint = Parmi les signatures retenues par les filtres, sur toutes les pages : l’approbation porte sur celles qui sont confirmées et en attente de vérification ; le rejet, sur toutes celles qui sont approuvées ou en attente (sauf celles retirées par leur signataire ou fusionnées avec une autre).
curation-approve-matching = Tout approuver ({ $total })
curation-reject-matching = Tout rejeter ({ $total })
curation-correct = Corriger
curation-save = Enregistrer
duplicates-title = Doublons possibles
duplicates-intro = Entrées qui, bien que différentes, semblent désigner la même personne ou organisation : même nom à un sigle ou à la ponctuation près, orthographe qui diffère de quelques lettres, même domaine d’adresse e-mail, même site web. Rien ne change tant que vous ne fusionnez pas ; une fusion garde une seule entrée sur la liste et complète ce qui lui manque à partir de l’autre.
duplicates-none = Aucun doublon possible : aucune entrée ne ressemble à une autre.
duplicates-capped = Seules les 200 premières paires sont affichées ; fusionnez ou corrigez-en certaines pour voir les suivantes.
duplicates-reason-same-name = Même nom
duplicates-reason-acronym = Sigle
duplicates-reason-spelling = Orthographe proche
duplicates-reason-email-domain = Même domaine d’e-mail
duplicates-reason-website = Même site web
# Roles of the two entries of a pair.
duplicates-kept = Reste sur la liste
duplicates-merged = Fusionnée dans l’entrée conservée
duplicates-what-changes = Ce que change la fusion :
# $name: the entry that leaves the list.
duplicates-leaves-list = L’entrée { $name } disparaît de la liste (marquée comme doublon ; le ou la signataire n’en est pas informé·e).
# $field: e.g. "Country"; $before and $after: its values.
duplicates-field-change = { $field } : { $before } → { $after }
duplicates-field-added = { $field } : { $after } (provient de l’autre entrée)
duplicates-kept-as-is = Rien d’autre : l’entrée { $name } reste telle quelle.
duplicates-merge = Fusionner
duplicates-keep-other = Conserver plutôt l’autre entrée
curation-approve-selected = Approuver la sélection
curation-reject-selected = Rejeter la sélection
curation-approve = Approuver
curation-reject = Rejeter
curation-choose-action = Choisissez une action.
curation-would-duplicate = Une autre signature de cette déclaration porte déjà ce nom et ce pays (ou cette adresse e-mail). Fusionnez-les plutôt.
curation-withdrawn = Le ou la signataire a retiré cette signature ; elle ne peut pas être approuvée en son nom.
curation-unconfirmed = Le ou la signataire n’a pas encore confirmé son adresse e-mail : une signature ne peut être approuvée qu’une fois confirmée.
curation-matching-changed = La liste a changé depuis l’affichage de la page (nouvelles signatures ou décisions prises par quelqu’un d’autre). Consultez-la de nouveau avant de décider pour l’ensemble des signatures.
curation-edit-title = Corriger l’entrée publique
curation-public-name = Nom tel que publié
# "Qualifier": text shown after the name on the list.
curation-qualifier = Mention
curation-qualifier-hint = Affichée après le nom, par exemple « dans le cadre de l’Observatoire pour la protection des défenseurs des droits humains ».
curation-qualifier-too-long = La mention doit comporter au plus 500 caractères.
curation-merge-title = Doublon d’une autre signature
curation-merge-intro = Marque cette signature comme doublon : elle disparaît de la liste, et ce qui manque à l’autre (pays, site web, titre, mention) est repris de celle-ci.
curation-merge-into = Doublons possibles
curation-no-candidates = Aucune autre signature avec ce nom ou cet e-mail.
curation-merge = Marquer comme doublon et fusionner
# Signature statuses agree with "signature" (feminine).
sigstatus-unconfirmed = Non confirmée
sigstatus-pending = En attente de vérification
sigstatus-approved = Approuvée
sigstatus-rejected = Rejetée
sigstatus-withdrawn = Retirée
sigstatus-duplicate = Doublon
sigstatus-review = Doublon possible
curation-review-title = En attente de votre vérification
curation-review-duplicate = Confirmée alors qu’une autre entrée occupait déjà la place de la même organisation ou de la même adresse e-mail. Le ou la signataire n’en a pas été informé·e. Doublon possible de :
curation-review-identity = Le ou la signataire a modifié le nom ou le pays via son lien personnel. Approuvez si la nouvelle entrée est correcte, sinon rejetez-la.
curation-replace = Remplacer cette entrée par celle-ci
overview-signature-list = Liste des signatures
feed-title = Déclarations communes publiées
public-print = Imprimer ou enregistrer en PDF
# $to is whom the coordinators addressed it to, e.g. "Permanent Missions to the UN in Geneva"; $date a day.
public-delivered = Envoyée le { $date } — destinataires : { $to } ({ $n }).
public-delivered-unnamed = Envoyée { $n ->
    [one] à { $n } destinataire
   *[other] à { $n } destinataires
  } le { $date }.
public-text = Texte brut
share-title = Partager cette déclaration
share-link = Lien vers cette page
share-copy = Copier le lien
share-copied = Copié
share-email = Par courriel
share-mastodon-instance = Votre serveur Mastodon
share-mastodon = Partager sur Mastodon
share-mastodon-invalid = Indiquez l’adresse de votre serveur Mastodon, par exemple mastodon.social.
share-private = Ces liens n’ouvrent la page du réseau que lorsque vous cliquez dessus ; cette page ne charge rien depuis ces réseaux.
share-mastodon-go = Continuer sur { $host }
share-back = Retour à la déclaration
import-title = Importer des signatures
import-intro = Ajoutez à partir d’un fichier CSV des signatures recueillies par d’autres moyens (par e-mail, sur papier). Elles sont ajoutées comme approuvées. La première ligne nomme les colonnes, parmi :
# Column names and the kind values are literal CSV input: keep them in English.
import-hint = Seule la colonne `name` est obligatoire. Pays (`country`) : code ISO tel que JP, ou INT, REG. Type (`kind`) : `organisation` (par défaut) ou `individual`. Encodage UTF-8, tel que l’enregistrent les tableurs au format « CSV UTF-8 ». Pour les fichiers plus volumineux, utilisez la commande `undersigned import`.
import-file = Fichier CSV
import-preview = Vérifier le fichier
import-problems = Le fichier ne peut pas être importé en l’état
import-line = Ligne
import-again = Choisir un autre fichier
import-ready = { $n ->
    [one] { $n } signature est prête à être importée. Rien n’est enregistré avant votre confirmation.
   *[other] { $n } signatures sont prêtes à être importées. Rien n’est enregistré avant votre confirmation.
}
import-commit = { $n ->
    [one] Importer { $n } signature
   *[other] Importer { $n } signatures
}
import-more = Seules les 500 premières lignes sont affichées ici ; toutes seront importées.
import-too-big = Le fichier dépasse 340 ko ; utilisez la commande `undersigned import`.
import-not-utf8 = Le fichier n’est pas un texte UTF-8. Enregistrez-le au format « CSV UTF-8 » et réessayez.
overview-import = Importer
overview-circulation = Diffusion
circulation-title = Diffusion
circulation-intro = Une fois la déclaration publiée, envoyez-la, avec la liste de ses signataires, à toutes les personnes et organisations qui l’ont signée, et transmettez-la à ses destinataires. Chaque destinataire reçoit un message qui lui est propre : personne ne voit l’adresse des autres.
circulation-not-published = La déclaration n’est pas encore publiée : la diffusion sera possible dès sa publication.
circulation-nobody = Il n’y a personne à qui l’envoyer.
circulation-note-too-long = La note est trop longue (5 000 caractères maximum).
circulation-again-confirm = La déclaration leur a déjà été envoyée. Confirmez pour l’envoyer une seconde fois.
circulation-again = Oui, l’envoyer de nouveau à tout le monde
circulation-signatories = Signataires
circulation-signatories-count = { $n ->
    [one] { $n } signataire disposant d’une adresse de contact
   *[other] { $n } signataires disposant d’une adresse de contact
  }
circulation-signatories-hint = Toutes les signatures approuvées, nommées ou non, chacune dans la langue où son signataire lisait le site. Rien n’est envoyé pour les signatures rejetées, retirées ou effacées.
circulation-erased = Les adresses de contact des signataires ont été effacées le { $date } : la déclaration ne peut plus leur être envoyée.
circulation-sent-before = La déclaration a déjà été envoyée à ses signataires (voir le rapport ci-dessous).
circulation-note = Note au-dessus de la déclaration
circulation-note-hint = Texte brut, envoyé tel quel à tout le monde.
circulation-preview = Aperçu des messages
circulation-preview-title = Les messages tels qu’ils seront envoyés
circulation-preview-intro = Un message par langue ; chaque destinataire le reçoit dans sa propre langue, à sa seule attention.
circulation-preview-to = À (premier destinataire)
circulation-preview-subject = Objet
circulation-preview-attachment = Pièce jointe
circulation-preview-attachment-size = (PDF, { $kb } ko)
circulation-send = Envoyer à tout le monde
circulation-deliver-now = Transmettre maintenant
circulation-deliver-preview = Aperçu de la lettre aux destinataires
circulation-addressees = Destinataires
circulation-addressees-intro = À qui la lettre est adressée, par exemple les missions permanentes auprès de l’ONU à Genève. À la date d’envoi, une fois la déclaration publiée, le serveur en fonctionnement envoie à chaque destinataire la déclaration finale avec la liste de ses signataires.
circulation-addressed-to = Adressée à
circulation-addressed-to-hint = Tel que la page publique les nomme : « Envoyée le 10 février 2025 — destinataires : Missions permanentes auprès de l’ONU à Genève (47) ».
circulation-addressee-list = Destinataires (CSV)
circulation-addressee-list-hint = Un par ligne : nom, adresse e-mail. Une première ligne « nom,e-mail » est ignorée ; collez le contenu d’un tableur enregistré au format CSV.
circulation-reply-to = Adresse de réponse
circulation-reply-to-hint = L’adresse de l’organisation qui coordonne la déclaration : les réponses y seront envoyées.
# $zone names the statement's time zone.
circulation-deliver-at = Date et heure d’envoi ({ $zone })
circulation-save-addressees = Enregistrer les destinataires
circulation-bad-reply-to = Saisissez une adresse e-mail valide, ou laissez le champ vide.
circulation-bad-time = Saisissez une date et une heure, ou laissez le champ vide.
circulation-time-past = Cette heure est passée : indiquez une heure à venir, ou laissez le champ vide.
circulation-bad-line = La ligne { $line } n’est pas au format « nom, adresse e-mail ».
circulation-too-many = 2 000 destinataires au maximum.
circulation-delivered = Transmise le { $date }.
circulation-scheduled = { $n ->
    [one] { $n } destinataire la recevra
   *[other] { $n } destinataires la recevront
  } le { $date } (une fois la déclaration publiée).
circulation-report = Rapport d’envoi
circulation-report-none = Rien n’a encore été envoyé.
circulation-report-when = Mise en file d’attente
circulation-report-to = À
circulation-report-recipients = Nombre de destinataires
circulation-report-sent = Envoyés
circulation-report-pending = En attente
circulation-report-failed = En échec
circulation-report-interrupted = Interrompus
circulation-report-scheduled = à la date d’envoi prévue
circulation-audience-signatories = Signataires
circulation-audience-addressees = Destinataires
circulation-problems = Messages non distribués ({ $when })
circulation-interrupted = interrompu en cours d’envoi : le message est peut-être arrivé, et il ne sera renvoyé que si vous le demandez
circulation-retry = Renvoyer ces messages
chart-per-day = Signatures par jour (UTC)
chart-by-country = Signatures par pays
chart-max = Maximum sur une journée : { $n }
chart-title = Signatures
chart-confirmed-only = Signatures confirmées uniquement. { $unconfirmed ->
    [0] Aucune n’attend de confirmation.
    [one] Une autre attend encore d’être confirmée par la personne qui a signé.
   *[other] { $unconfirmed } autres attendent encore d’être confirmées par les personnes qui ont signé.
  }
chart-total = Total cumulé (jours UTC)
chart-deadline = Date limite
chart-as-table = Afficher sous forme de tableau
chart-day = Jour
chart-day-count = Signatures
chart-running-total = Total cumulé
chart-others = Autres pays
chart-none = Aucune signature confirmée pour l’instant : les graphiques commencent à la première.
curation-published = La liste est publiée : sa composition ne change plus. (La formulation d’une entrée peut encore être corrigée.)
