# The software's name, written in lower case; keep it as is (not translated).
app-name = undersigned
skip-to-content = Skip to content
nav-home = Home
# Not shown on screen: screen readers announce it as the name of the language switcher (a list of
# language names).
nav-languages = Language
# Shown at the foot of every page, also to signers who may face reprisals: keep it calm, plain and exact.
footer-note = Contact details of signers are never published.
footer-source = Source code: AGPL-3.0-or-later

source-title = Source code
# $version is the program's version number (e.g. 1.4.0). Legal text: translate faithfully; the
# licence's own name may stay in English.
source-licence = This site runs undersigned { $version }, free software under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later). Everyone who uses it over a network may have its source code, with any changes the site made.
source-published = The source code of the version running here:
source-unpublished = Whoever runs this site must publish the source code of the version it runs and link to it here (the SOURCE_URL setting); until then, ask them for it.

home-title = Joint statements
home-intro = Statements open for signature and published statements appear here.
home-empty = There are no public statements yet.

error-back-home = Back to the home page
error-400-title = The request could not be understood
error-403-title = Not allowed
error-403-text = You do not have permission to do this.
error-404-title = Page not found
error-404-text = There is nothing at this address. Check the link, or start from the home page.
error-405-title = Method not allowed
error-410-title = No longer available
error-413-title = Too much data
error-413-text = What you sent is larger than this site accepts.
error-422-title = Please check what you entered
error-429-title = Too many attempts
error-500-title = Something went wrong
error-500-text = An unexpected error happened on our side. Nothing you entered was published; please try again in a moment.
error-503-title = Temporarily unavailable
error-503-text = The service cannot reach its database right now. Please try again in a moment.
csrf-failed = This form could not be accepted because its security token was missing or out of date. Go back, reload the page and send the form again. (Your browser must allow cookies from this site.)

# Not shown on screen: the screen-reader name of the coordinators' menu. The "workspace" is the
# private area where coordinators manage statements.
nav-workspace = Workspace
nav-dashboard = Dashboard
nav-new-statement = New statement
nav-audit = Audit log
# Menu link to the page where a coordinator finds, exports or erases all data given with one signer's
# email address (data-protection requests).
nav-signers = Signer data
# Menu link (administrators only) to the workspace accounts of coordinators and administrators, not signers.
nav-users = Accounts
nav-teams = Teams
# Button: log out of the workspace. Unrelated to signing a statement; use the usual term for logging out.
nav-sign-out = Sign out

form-error-summary = There is a problem

notice-saved = Saved.
# Confirmation banner after creating either a statement or an account: keep it neutral (no noun
# agreement if your language allows).
notice-created = Created.
notice-opened = The statement is open for signature.
notice-closed = Signing is closed.
notice-reopened = The statement is open for signature again.
notice-published = The statement is published.
notice-archived = The statement is archived.
notice-amended = The text was amended; the change is in the audit log.
notice-password-changed = Your password was changed. Other browsers signed in to your account were signed out.
notice-invited = Invitation created.
notice-disabled = The account is disabled and its sessions ended.
notice-enabled = The account is enabled.
notice-mail-queued = The email will be sent again.
notice-invitation-revoked = The invitation was revoked: its link no longer works.
notice-signed-in = You are signed in.
notice-signed-out = You are signed out.
notice-merged = Merged: one entry stays on the list.
notice-queued = The messages are queued; the report below follows their delivery.
notice-again = The failed messages are queued again.

field-email = Email address
field-password = Password
field-name = Name
field-role = Role
field-your-name = Your name
field-new-password = New password
field-password-confirm = New password again
field-current-password = Current password

# Heading and link: log in to the workspace. "Sign in" has nothing to do with signing a statement; use
# the usual term for logging in.
login-title = Sign in
# Button of the log-in form (same meaning as login-title).
login-submit = Sign in
login-failed = The email address or the password is not right.
login-disabled = This account is disabled. Ask an administrator to enable it.
# $minutes is a whole number of minutes (at least 1) before logging in is allowed again.
login-locked = Too many failed attempts to sign in. For your security, signing in is paused: try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.

password-hint = At least 12 characters. A few unrelated words make a good password.
password-too-short = The password must have at least 12 characters.
password-too-long = The password must have at most 1024 characters.
password-too-common = This password is too common or too simple; choose another.
password-is-email = The password must not be your email address.
password-mismatch = The two passwords are not the same.
password-current-wrong = The current password is not right.
password-change-title = Change your password
password-change-submit = Change password

account-title = Your account
account-name-required = Enter your name (up to 200 characters).
email-invalid = Enter an email address like name@example.org.
email-taken = There is already an account with this email address.
role-invalid = Choose a role.
role-admin = Administrator
# Account role of the people who manage statements and signatures. Use one term for "coordinator" throughout.
role-coordinator = Coordinator

setup-title = Create the first administrator
setup-intro = This link works once and for an hour. The account you create here manages this server and invites coordinators.
setup-submit = Create administrator

link-gone-title = This link no longer works
link-gone-text = The link has expired or was already used. Ask for a new one.

users-title = Accounts
# Column header: whether the account is Active or Disabled.
users-state = State
users-actions = Actions
users-active = Active
# Value in the State column (adjective); compare users-disable, the button.
users-disabled = Disabled
# Button in an account's row: stop this account from logging in (verb).
users-disable = Disable
users-enable = Enable
invite-title = Invite a coordinator
invitations-title = Pending invitations
# Column: when the invitation link stops working.
# The values below are dates and times in UTC, e.g. 2025-02-07 23:59 UTC.
invitations-expires = Link works until
invitations-revoke = Revoke
invite-intro = You get a link to send to them. It works once, for seven days.
teams-title = Teams
teams-intro = Each statement belongs to a team. Coordinators see and act on their teams' statements only; administrators see every one. Invitations name the team a new coordinator joins.
teams-statements = { $n ->
    [one] one statement
   *[other] { $n } statements
  }
teams-no-members = Nobody is in this team yet.
teams-remove = Remove
teams-add = Add to the team
teams-add-submit = Add
teams-rename = Name
teams-rename-submit = Rename
teams-new = New team
teams-name = The team's name
teams-create = Create the team
team-name-invalid = Give the team a name (at most 120 characters).
team-name-taken = Another team has this name.
invite-team-hint = The team a coordinator joins: they see its statements only.
invite-submit = Create invitation
invited-title = Invitation created
# $email is the invited person's email address; $days is the number of days the link works (currently 7).
invited-text = Send this link to { $email }. It works once, for { $days } days.
invited-link = Invitation link
invite-accept-title = Join the workspace
invite-accept-intro = You were invited with the address { $email }. Choose your name as others will see it, and a password.
invite-accept-submit = Create my account
# Error-page heading for a conflict (HTTP 409); the specific reason follows, e.g. "Only a draft can be opened."
error-409-title = This cannot be done now

# Heading of the public list of statements that can be signed now. Same English words as the button
# action-open, different role.
home-open = Open for signature
home-others = Closed and published

# Status badge of a statement in the workspace (ended ones also on the public home page). Agrees with
# "statement" if needed.
status-draft = Draft
# Status badge: the statement can be signed now (adjective, not the verb "to open").
status-open = Open
# Status badge: signing has ended; the final list is not yet published.
status-closed = Closed
status-published = Published
status-archived = Archived

# Shown in lower case after the deadline, e.g. "… 23:59 — closes in 3 days"; $n is a number.
# Used from 2 days up; below that hours (2–47), then minutes (at least 1). Give every plural form anyway.
time-left-days = { $n ->
    [one] closes in 1 day
   *[other] closes in { $n } days
}
time-left-hours = { $n ->
    [one] closes in 1 hour
   *[other] closes in { $n } hours
}
time-left-minutes = { $n ->
    [one] closes in 1 minute
   *[other] closes in { $n } minutes
}

# Label on the public page, followed by the deadline as a full localised date and time, then the UTC
# time in brackets.
public-deadline = Signing closes:
public-closed = Signing is closed.
# $when is a full localised date and time in the statement's time zone. public-closed-final follows in
# the same notice.
public-closed-on = Signing closed on { $when }.
public-published-on = Published on { $date }.
public-closed-final = The final list of signatories will be published here.
# $when is a full localised date and time (weekday, date, time and time zone) in the statement's time zone.
public-amended = The text was amended on { $when }.

preview-banner = Preview: this is how the public page looks.
preview-back = Back to the statement

dashboard-title = Statements
dashboard-status = Status
dashboard-empty = No statements yet. Create the first one.
# Shown in lower case in the Deadline column or field when none is set yet.
dashboard-no-deadline = no deadline set
# Column header and label ("Signed: 12"): the number of approved signatures. A count, not a verb;
# agrees with "signatures".
count-approved = Signed
# Column header and label: number of confirmed signatures awaiting a coordinator's approval.
count-pending = Waiting for review
count-unconfirmed = Unconfirmed
count-rejected = Rejected
count-withdrawn = Withdrawn
# Link on a statement's workspace page, followed by ": N"; leads to signatures that may duplicate another entry.
count-review = Possible duplicates
# Page heading of a coordinator's tool to find, export or erase everything given with one signer's
# email address.
signers-title = One signer's data
signers-intro = Find every signature given with one email address, on any statement, to answer a signer's request: export it, or erase it.
# Button: search (verb).
signers-find = Find
signers-found = Signatures given with this address
signers-statement = Statement
# Column header: the name under which the signature was given (an organisation's or a person's).
signers-as = Signed as
# Confirmation banner after erasing; $n is the number of signatures whose contact data was erased.
signers-erased-count = { $n ->
    [one] The data of one signature was erased.
   *[other] The data of { $n } signatures was erased.
}
signers-none = No signature holds this address (any erased earlier no longer do).
signers-export = Export as JSON
# Section heading; the button that erases is signers-erase.
signers-erase-title = Erase
signers-erase-text = Erases the email address, contact person, message and website of every signature above, and the emails sent to this address. Signatures on lists not yet published are withdrawn; published entries stay on their lists.
signers-erase-confirm = I understand this cannot be undone.
signers-erase = Erase this signer's data
signers-email-needed = Enter the signer's email address.
signers-confirm-needed = Tick the box to confirm the erasure.
retention-title = Signers' contact data
# $date is a date and time in UTC, e.g. 2025-03-01 12:00 UTC. "The public list" is the published list
# of signatories.
retention-erased = Erased on { $date }. The public list stays.
# $date is a date and time in UTC, e.g. 2025-03-01 12:00 UTC.
retention-due = Will be erased on { $date } (emails, contact names, messages, websites); the public list stays.
# $days is a number of days set by the server (e.g. 90); the exact date is set once the statement is
# published or archived.
retention-later = Kept until { $days } days after publication, then erased; the public list stays.

# Label and column header: the title of a statement (a document's title; a person's title is sign-title).
field-title = Title
# Label: the last part of the statement's web address (after /s/), a short identifier in Latin letters.
field-slug = Web address
field-summary = Summary
# Label: the main text of the statement (noun).
field-body = Text
field-language = Language of the text
# Noun: the last moment to sign. Legend of the date and time-zone fields, column header and label.
field-deadline = Deadline
field-deadline-local = Date and time
field-timezone = Time zone
field-who = Who may sign
field-allow-organisations = Organisations
field-allow-individuals = Individuals
field-settings = Settings
field-moderation = Review each signature before it counts (moderation)
field-public-list = Show the list of signatories while signing is open
field-require-country = Signers must give a country
field-grouping = Final list grouping
# Label: a short note to signers, shown just above the public signing form.
field-note = Note above the form
field-amend-reason = Why the text changes (kept in the audit log)
grouping-none = One alphabetical list
grouping-kind = Organisations, then individuals
grouping-country = By country

slug-hint = The statement's address is /s/ followed by this. Lower-case letters, digits and hyphens. Leave empty to make one from the title. It cannot change once the statement is open.
summary-hint = One or two sentences, shown in lists and link previews.
# Keep the Markdown marks (**, *, [ ](…)) exactly; translate only the words inside them.
body-hint = Markdown: **bold**, *italic*, [links](https://example.org), lists, headings.
# Means: enter the local time of the chosen time zone (not UTC, not necessarily the coordinator's own time).
deadline-hint = The last moment to sign, as a clock in the chosen time zone reads it.
note-hint = For example: "We cannot take edits to the text."

editor-new-title = New statement
editor-title = Edit statement
editor-save = Save
# Button (verb: show a preview below the form); compare editor-preview-title, the heading.
editor-preview = Preview
editor-cancel = Cancel
# Heading (noun) of the preview section below the editor.
editor-preview-title = Preview
editor-preview-hint = Not saved yet. This is how the public page will look.
editor-preview-to-form = Back to the form
editor-frozen = People have signed this text, so it can no longer be edited here.
# Link and button to the amendment form. Quoted in statement-text-frozen: keep the same translation there.
amend-link = Amend the text

statement-title-required = Enter a title (up to 300 characters).
# Keep the example address xiamen-anniversary-2025 as is: only Latin letters are allowed in it.
statement-slug-invalid = Use lower-case letters, digits and single hyphens (up to 80 characters), for example xiamen-anniversary-2025.
statement-slug-taken = Another statement already uses this address. Choose another.
statement-team-needed = Choose a team.
statement-slug-locked = The address cannot change once the statement has been opened.
statement-summary-too-long = The summary is too long (2,000 characters at most).
statement-body-too-long = The text is too long (60,000 characters at most).
statement-note-too-long = The note is too long (2,000 characters at most).
statement-language-invalid = Choose a language from the list.
statement-language-has-version = This statement already has a version in that language: delete the version first, or choose another language.
statement-grouping-invalid = Choose a grouping from the list.
statement-who-required = Allow organisations, individuals, or both.
# Quotes the button amend-link: use exactly its translation inside the quotes.
statement-text-frozen = People have signed this text; change it with "Amend the text", which is recorded.
statement-deadline-future = Set a deadline in the future first.
statement-changed-meanwhile = Someone changed this statement at the same time. Reload the page and try again.
# Mostly seen where the browser shows a text box, not a date picker. Keep the "T" and the example
# 2025-02-07T23:59 as written.
deadline-bad-format = Enter the date and time as YYYY-MM-DDTHH:MM, for example 2025-02-07T23:59.
# $time is the date and time as typed (e.g. 2025-03-30T02:30); $zone is a time-zone name such as
# Europe/Zurich, in English.
deadline-skipped = { $time } does not exist in { $zone }: the clocks skip that hour for daylight saving time. Choose another time.
timezone-unknown = Choose a time zone from the list.

refused-open = Only a draft can be opened.
refused-close = Only an open statement can be closed.
refused-reopen = Only a closed statement can be reopened.
refused-publish = A statement can be published only once signing is closed.
refused-archive = An open statement must be closed before it is archived.
refused-amend = A published or archived text can no longer be amended.
refused-version-archived = An archived statement's versions can no longer change.
refused-version-delete = People have signed: a version can no longer be deleted, only amended.

# Button on a statement's workspace page (verb). Same English words as the heading home-open, different role.
action-open = Open for signature
action-close = Close signing now
# Button and form legend. Quoted in statement-deadline-reopen: keep the same translation there.
action-reopen = Reopen with a new deadline
# Button: publish the final list of signatories (the statement's text is already public).
action-publish = Publish the final list
# Button (verb).
action-archive = Archive

# Label before the statement's public web address (URL), not a postal address.
overview-address = Public address
overview-signatures = Signatures
overview-edit = Edit
# Button link (verb): see the public page as it will look.
overview-preview = Preview
# Section heading above the buttons that open, close, publish or archive the statement.
overview-lifecycle = Status
versions-title = Language versions
# In brackets after a language name: this version was added after people had begun signing.
versions-translation = translation added after signing opened
versions-view = View
# Label before a drop-down list of language names; followed by the button versions-add-submit.
versions-add = Add a version in
versions-add-submit = Add
# Page heading; $language is the language's own name, e.g. "Français" or "العربية" (not translated).
# Reorder as needed.
version-title = { $language } version
# $original is the original language's own name, e.g. "English" or "Français".
version-intro = The same statement in another language. The { $original } original stays the reference; readers choose their language on the public page.
version-amend-intro = People have signed: a change to this version is an amendment, recorded with its reason in the audit log.
version-save = Save version
version-delete = Delete this version
version-back = Back to the statement
overview-history = History

amend-title = Amend the text
amend-intro = People have already signed this statement. Amend only to fix mistakes; the change and your reason are recorded, and the public page says when the text was amended.
amend-submit = Amend the text
amend-reason-required = Say why the text changes: the reason is kept in the audit log.

audit-who = Who
audit-statement = Statement
audit-details = Details
audit-older = Older entries
audit-empty = Nothing recorded yet.
audit-times-utc = Times are in UTC.
audit-filter = Filter the log
audit-kind = Kind
audit-kind-statement = Statements
audit-kind-signature = Signatures
# Exports and erasures of everything one signer gave, across statements.
audit-kind-signer = Signers' data
audit-kind-account = Accounts
audit-kind-team = Teams
audit-clear = Show everything
overview-history-all = The whole history of this statement
# Stands for $signature when the entry no longer names one.
audit-a-signature = a signature
# $who when the signer acted through their own link.
audit-actor-signer = The signer
audit-actor-system = The system
audit-actor-former = A former coordinator
# An action this version of the program has no words for; $action is its code.
audit-did-other = { $who }: { $action }
# The audit log in words. $who is a person's name (or "The signer", "The system"); $signature an entry of the list, e.g. "Acción Solidaria (Venezuela)".
audit-did-statement-create = { $who } created the statement
audit-did-statement-edit = { $who } edited the statement
audit-did-statement-amend = { $who } amended the signed text
audit-did-statement-open = { $who } opened the statement for signatures
audit-did-statement-close = { $who } closed the statement
audit-did-statement-reopen = { $who } reopened the statement
audit-did-statement-publish = { $who } published the statement
audit-did-statement-archive = { $who } archived the statement
# $format: csv, txt, json…
audit-did-statement-export = { $who } exported the list ({ $format })
audit-did-statement-contact-erased = { $who } erased the contact details of { $count ->
    [one] one signature
   *[other] { $count } signatures
  }
# $language is the version's language in that language, e.g. "Français".
audit-did-statement-version-save = { $who } saved the version in { $language }
audit-did-statement-version-amend = { $who } amended the signed version in { $language }
audit-did-statement-version-delete = { $who } deleted the version in { $language }
audit-did-statement-addressees = { $who } changed the addressees and the delivery time
audit-did-statement-circulated = { $who } sent the final statement to { $count ->
    [one] one signatory
   *[other] { $count } signatories
  }
audit-did-statement-delivered = { $who } delivered the statement to { $count ->
    [one] one addressee
   *[other] { $count } addressees
  }
audit-did-statement-mailing-again = { $who } put { $count ->
    [one] one failed message
   *[other] { $count } failed messages
  } of a mailing back in line
audit-did-signature-confirm = { $who } confirmed { $signature }
audit-did-signature-approve = { $who } approved { $signature }
audit-did-signature-reject = { $who } rejected { $signature }
audit-did-signature-edit = { $who } corrected { $signature }
# $other is the entry that was replaced.
audit-did-signature-replace = { $who } put { $signature } in place of { $other }
# $other is the duplicate merged away; $signature the entry kept.
audit-did-signature-merge = { $who } merged { $other } into { $signature }
audit-did-signature-withdraw = { $who } withdrew { $signature }
audit-did-signature-export = { $who } downloaded the data of { $signature }
audit-did-signature-erase = { $who } erased the contact details of { $signature }
audit-did-signature-email-again = { $who } sent the confirmation email of { $signature } again
audit-did-signature-duplicate-attempt = Someone tried to sign again as { $signature }
audit-did-signature-look-alike-kept = { $who } kept { $signature } beside an entry that looks the same
audit-did-signature-import = { $who } imported { $count ->
    [one] one signature
   *[other] { $count } signatures
  }
audit-did-signer-export = { $who } exported a signer's data ({ $count ->
    [one] one signature
   *[other] { $count } signatures
  })
audit-did-signer-erase = { $who } erased a signer's data ({ $count ->
    [one] one signature
   *[other] { $count } signatures
  })
audit-did-account-sign-in = { $who } signed in
audit-did-account-setup = { $who } set up the first account
# $email: the address invited.
audit-did-account-invite = { $who } invited { $email }
audit-did-account-invitation-revoke = { $who } revoked an invitation
audit-did-account-accept-invitation = { $who } accepted an invitation
audit-did-account-enable = { $who } enabled the account of { $email }
audit-did-account-disable = { $who } disabled the account of { $email }
audit-did-account-create-cli = An account was created from the command line for { $email }
audit-did-account-change-password = { $who } changed their password
audit-did-team-create = { $who } created a team
audit-did-team-rename = { $who } renamed a team
audit-did-team-member-add = { $who } added someone to a team
audit-did-team-member-remove = { $who } removed someone from a team

# Pseudo-country for organisations working internationally: first in country lists, and in brackets after names.
country-international = International
country-regional = Regional
field-organiser = Organised by
field-team = Team
team-hint = Who coordinates it: the members of this team see and curate it.
team-none = You are in no team yet: an administrator adds you to one before you can create a statement.
organiser-hint = The coalition or organisation coordinating the statement, as the public page shows it.
statement-organiser-too-long = The organiser's name is too long (300 characters at most).
# Under the title on the public page; $who is the name of the coalition or organisation coordinating
# the statement.
public-organiser = Coordinated by { $who }
# Quotes the button action-reopen: use exactly its translation inside the quotes.
statement-deadline-reopen = Signing has closed. To set a new deadline, use "Reopen with a new deadline" on the statement page.

# Shown in brackets after a form label, in lower case: "(optional)".
optional = optional
# Count on the public page while signing is open; $n is a number. [0] is the case of no signatures.
public-count = { $n ->
    [0] No signatures yet.
    [one] 1 signature so far.
   *[other] { $n } signatures so far.
}
public-count-closed = { $n ->
    [0] No signatures.
    [one] 1 signature.
   *[other] { $n } signatures.
}
# Followed by links named with each language's own name (e.g. English · Français).
version-read-in = This statement in:
# In brackets after a language name: the language the statement was written and signed in.
version-original = original
# $language is the original language's own name, e.g. "English" or "Français". Read by signers: be precise.
version-translation-note = This translation was added after signing opened: the text the signatories signed is the { $language } original.
public-list-title = Signatories

sign-heading = Sign this statement
sign-kind-legend = Who is signing?
sign-kind-organisation = An organisation
sign-kind-individual = Me, as an individual
sign-name-organisation = Name of the organisation
sign-name-person = Your name
sign-name-either = Name of the organisation, or your name
# Label: a person's job title or affiliation (not a document title). Also a column header and a label
# for coordinators.
sign-title = Title or affiliation (individuals)
sign-title-hint = For example: Professor of Law, University of Geneva.
sign-country = Country
sign-country-none = No country / not stated
sign-contact-name = Contact person (organisations)
# Hint under the contact-person and message fields. Signers may be at risk: keep it clear and reassuring.
sign-private-hint = Private: only the coordinators see this.
sign-email = Email address
# Read by signers who may face reprisals: calm and precise. "Counts" = is counted, once the link is followed.
sign-email-hint = Private. We send a link to it: the signature counts once you follow it.
sign-website = Website
sign-listing-legend = How should we list you?
# Radio option; also shown alone, on the confirmation page and in the email, to say how the signer
# will be listed.
sign-listing-public = Named publicly on the list
# Option for signers who must not be named, often for their safety: counted, but the name is never published.
# Be precise and calm.
sign-listing-anonymous = Counted, but not named
sign-message = Message to the coordinators
# Hidden from people: a trap for spam robots, which fill in every field. Translate plainly.
sign-honeypot = Leave this field empty
# Button (verb): sign the statement.
sign-submit = Sign
sign-after = After signing you get an email with a link to confirm, and a private link to correct or withdraw your signature until the deadline.

sign-kind-required = Choose who is signing.
# sign-name-* are errors for an organisation's name; sign-person-* are the same for an individual's name.
sign-name-required = Enter the name of the organisation.
sign-name-too-short = The name must have at least 2 characters.
sign-name-too-long = The name must have at most 300 characters.
sign-person-required = Enter your name.
sign-person-too-short = Your name must have at least 2 characters.
sign-person-too-long = Your name must have at most 200 characters.
sign-title-too-long = The title must have at most 300 characters.
sign-contact-required = Enter the name of a contact person.
sign-contact-too-short = The contact person's name must have at least 2 characters.
sign-contact-too-long = The contact person's name must have at most 200 characters.
sign-message-too-long = The message must have at most 2,000 characters.
sign-forbidden-characters = This contains invisible or control characters; please type it again.
sign-no-letters = A name must contain letters, not only digits, punctuation or invisible characters.
sign-no-links = Names, titles and qualifiers cannot contain a web or email address. Give the website in its own field; email addresses stay private.
sign-country-required = Choose a country.
sign-country-invalid = Choose a country from the list.
sign-website-invalid = Enter a web address starting with http:// or https://, or leave it empty.
sign-listing-required = Choose how we should list you.
sign-rate-limited = Too many signatures were sent from your network in the last minute. Please wait a minute and send the form again; what you typed is kept.
sign-link-gone-text = This link does not work, or no longer works. If you signed, look for the most recent email about it.

thanks-title = Thank you: one more step
thanks-check-email = We have sent you an email. Follow the link in it to confirm your signature: it counts only once confirmed.
thanks-spam = No email within a few minutes? Look in your spam folder.

confirm-title = Confirm your signature
confirm-statement = Statement:
# Label followed by the signer's name (with the country in brackets).
confirm-signer = Signing as
# Label followed by how the signer is listed: sign-listing-public or sign-listing-anonymous.
confirm-listing = Listed
confirm-submit = Confirm my signature
confirm-done = Thank you: your signature is confirmed.
confirm-done-pending = Thank you: your signature is confirmed. The coordinators review each signature before it appears.
confirm-already = This signature was already confirmed. Thank you.
confirm-expired = This confirmation link has expired. Sign again to get a new one.
confirm-not-possible = This signature can no longer be confirmed (it was withdrawn, or the final list is published).

# Heading of the signer's private page, reached from the email, to correct or withdraw their signature.
manage-title = Your signature
manage-save = Save changes
manage-email-fixed = (to use another address, withdraw and sign again)
# Section heading; the button is manage-withdraw.
manage-withdraw-title = Withdraw
manage-withdraw-text = Your name will not appear on the list, and you will not be counted.
manage-withdraw = Withdraw my signature
manage-withdraw-confirm = Yes, withdraw my signature from this statement
manage-withdraw-unconfirmed = Tick the box to confirm that you want to withdraw your signature.
manage-withdrawn = This signature is withdrawn.
manage-closed = Signing has closed, so the signature can no longer be changed here. To correct it, write to the coordinators.
manage-data-title = Your data
manage-data-text = Download everything kept about this signature, or erase your contact details (email, contact person, message, website) for good.
manage-data-download = Download my data (JSON)
# Button link to the erasure page, where the signer confirms; nothing is erased yet.
manage-data-erase = Erase my data
erase-title = Erase your data
erase-what = This erases your email address, contact person, message and website from this signature, and the emails sent about it. This link stops working.
erase-withdraws = Your signature is also withdrawn: it leaves the list and is no longer counted.
erase-published = The list is published: your entry stays on it. To be removed from the published list, write to the coordinators.
erase-final = This cannot be undone.
erase-button = Erase my data
erase-cancel = Cancel
erased-title = Your data is erased
erased-text = Your contact details were erased, and the link you followed no longer works.
erased-withdrawn = Your signature was withdrawn.
erased-kept = Your entry stays on the published list; the coordinators can remove it on request.
notice-withdrawn = Your signature is withdrawn.

# Greeting opening the confirmation email; no name follows (the signer may be an organisation).
email-hello-unnamed = Hello,
# Email subject line; $title is the statement's title.
email-confirm-subject = Please confirm your signature: { $title }
# Followed by the statement's title and web address. The reader may not be the signer: calm, neutral tone.
email-confirm-intro = Someone, probably you, signed this statement with your email address:
email-confirm-signer = Signing as:
email-confirm-action = To confirm, open this link and press the button:
# Followed by the deadline in brackets (a full localised date and time), a colon and the private link.
email-manage = To correct or withdraw the signature until signing closes
# Last line of the email, for someone who did not sign: reassuring and precise.
email-confirm-ignore = If you did not sign, ignore this email: nothing is published without confirmation.
email-circulation-subject = The final statement: { $title }
email-circulation-intro = Thank you for signing. The statement is published with its signatories:
email-circulation-print = A version to print or save as PDF:
email-circulation-why = You receive this message because you signed this statement. Feel free to share it.
email-delivery-online = The statement and its signatories online:

group-organisations = Organisations
group-individuals = Individuals
# Heading of the last group of the final list (signatories without a country), and a filter option.
group-no-country = No country given
# Both counts of the final list: organisations, then individuals.
# $organisations and $individuals are the full results of count-organisations and count-individuals;
# the program capitalises the first letter.
count-both = { $organisations } and { $individuals }
count-none = No signatories yet
# Heading of the final published list. $words is the number in words (feminine in French and Spanish;
# in figures for Arabic, Russian and Chinese); $n is the number in figures.
count-organisations = { $n ->
    [one] { $words } organisation ({ $n })
   *[other] { $words } organisations ({ $n })
}
# As count-organisations: $words is the number in words (or figures), $n the number in figures.
count-individuals = { $n ->
    [one] { $words } individual ({ $n })
   *[other] { $words } individuals ({ $n })
}
# Sentence after the final list, continuing its heading (hence "and"); $n is a number. Used when all
# unnamed signatories are organisations.
count-anonymous-organisations = { $n ->
    [one] and 1 organisation that asked not to be named
   *[other] and { $n } organisations that asked not to be named
}
# As count-anonymous-organisations, when the unnamed signatories include individuals. Respectful: they
# chose not to be named.
count-anonymous = { $n ->
    [one] and 1 signatory who asked not to be named
   *[other] and { $n } signatories who asked not to be named
}

curation-title = Signatures
curation-status = Status
# Filter label and column header: organisation or individual.
curation-kind = Kind
curation-all = All
curation-search = Name or email contains
# Button: apply the filters and show the list.
curation-apply = Show
# Column header and label: when the signature was received, in UTC.
curation-received = Received (UTC)
# Delivery of the latest email sent for this signature (the confirmation).
curation-mail = Email to the signer
# $at is a date and time in UTC, e.g. 2025-02-07 23:59 UTC.
curation-mail-sent = Sent { $at }
curation-mail-waiting = Waiting to be sent
curation-mail-failing = Not delivered yet; will be tried again
curation-mail-refused = Refused by the mail server; will not be tried again
# Button: after the address or the mail server was fixed.
curation-mail-send-again = Send again
curation-mail-nothing-to-send = There is no refused email to send again.
# Badge next to a name, in lower case: the signer asked not to be named publicly.
curation-anonymous = not named
curation-empty = No signatures match.
curation-next = Next page
curation-previous = Previous page
# $page and $pages are numbers.
curation-page-of = Page { $page } of { $pages }
curation-pages = Pages of the list
curation-filter = Filter the list
curation-listing = On the public list
curation-listing-named = By name
curation-listing-anonymous = Counted, not named
curation-per-page = Per page
curation-showing = { $total ->
    [0] No signature matches.
    [one] One signature matches.
   *[other] { $shown } shown of { $total } matching.
  }
curation-select-page = Select every signature on this page
curation-all-matching = All { $total } matching…
curation-all-matching-hint = On every page the filters match: approving takes the confirmed signatures waiting for review; rejecting takes any that stands or waits (not those withdrawn by their signer or merged away).
curation-approve-matching = Approve all { $total }
curation-reject-matching = Reject all { $total }
# Opens a small form in the list to correct the public name and country.
curation-correct = Correct
curation-save = Save
duplicates-title = Possible duplicates
duplicates-intro = Entries that look like one signer although they differ: the same name apart from an acronym or punctuation, a spelling a few letters off, one email domain, one website. Nothing changes until you merge; a merge keeps one entry on the list and fills in what it lacks from the other.
duplicates-none = No possible duplicates: no two entries look alike.
duplicates-capped = Only the first 200 pairs are shown; merge or correct some to see the rest.
duplicates-reason-same-name = Same name
duplicates-reason-acronym = Acronym
duplicates-reason-spelling = Similar spelling
duplicates-reason-email-domain = Same email domain
duplicates-reason-website = Same website
# Roles of the two entries of a pair.
duplicates-kept = Stays on the list
duplicates-merged = Merged into it
duplicates-what-changes = What the merge changes:
# $name: the entry that leaves the list.
duplicates-leaves-list = { $name } leaves the list (marked as a duplicate; its signer is not told).
# $field: e.g. "Country"; $before and $after: its values.
duplicates-field-change = { $field }: { $before } → { $after }
duplicates-field-added = { $field }: { $after } (taken from the other entry)
duplicates-kept-as-is = Nothing else: { $name } stays as it is.
duplicates-merge = Merge
duplicates-keep-other = Keep the other entry instead
curation-approve-selected = Approve selected
curation-reject-selected = Reject selected
curation-approve = Approve
curation-reject = Reject
curation-choose-action = Choose an action.
curation-would-duplicate = Another signature on this statement already has this name and country (or this email). Merge them instead.
curation-withdrawn = The signer withdrew this signature; it cannot be approved in their name.
curation-unconfirmed = The signer has not confirmed their email address yet: a signature is approved only once it is confirmed.
curation-matching-changed = The list changed since the page was shown (new signatures, or decisions by someone else). Look at it again before deciding for all of them.
curation-edit-title = Correct the public entry
curation-public-name = Name as published
# Label and column header: words printed after a signatory's name on the list (see the hint below).
curation-qualifier = Qualifier
curation-qualifier-hint = Shown after the name, e.g. "within the framework of the Observatory for the Protection of Human Rights Defenders".
curation-qualifier-too-long = The qualifier must have at most 500 characters.
curation-merge-title = Duplicate of another signature
curation-merge-intro = Marks this signature as a duplicate: it leaves the list, and what the other one lacks (country, website, title, qualifier) is taken from it.
# Legend of a list of other signatures to choose from (radio buttons).
curation-merge-into = Possible duplicates
curation-no-candidates = No other signature with this name or email.
curation-merge = Mark as duplicate and merge
# Status badge of one signature, also in filters and tables; agrees with "signature".
sigstatus-unconfirmed = Unconfirmed
# Status badge: confirmed by the signer, awaiting a coordinator's review.
sigstatus-pending = Waiting for review
sigstatus-approved = Approved
sigstatus-rejected = Rejected
sigstatus-withdrawn = Withdrawn
sigstatus-duplicate = Duplicate
# Status badge: to be checked, as it may duplicate another entry.
sigstatus-review = Possible duplicate
curation-review-title = Waiting for your review
# Followed by a link to the other entry (name, country, email, status).
curation-review-duplicate = Confirmed while another entry held the place of the same organisation or email address. The signer was told nothing of it. It may duplicate:
curation-review-identity = The signer changed the name or country through their private link. Approve it if the new entry is right, or reject it.
# Button: keep this signature and take the other entry off the list.
curation-replace = Replace that entry with this one
overview-signature-list = Signature list
# Title of the site's Atom news feed of published statements, shown by feed readers.
feed-title = Published joint statements
public-print = Print or save as PDF
# $to is whom the coordinators addressed it to, e.g. "Permanent Missions to the UN in Geneva"; $date a day.
public-delivered = Sent to { $to } ({ $n }) on { $date }.
public-delivered-unnamed = Sent to { $n ->
    [one] one addressee
   *[other] { $n } addressees
  } on { $date }.
# Link to download the list as a plain-text (.txt) file, next to the CSV and JSON links.
public-text = Plain text
share-title = Share this statement
share-link = Link to this page
share-copy = Copy the link
share-copied = Copied
share-email = By email
# Mastodon has many servers: the reader types the address of theirs.
share-mastodon-instance = Your Mastodon server
share-mastodon = Share on Mastodon
share-mastodon-invalid = Give the address of your Mastodon server, such as mastodon.social.
# $host: the server the reader named, e.g. mastodon.social.
share-mastodon-go = Continue on { $host }
share-back = Back to the statement
share-private = These links open the network's own page only when you click them; this page loads nothing from them.
import-title = Import signatures
# Followed by the list of column names, which stay in English (they are typed in the file).
import-intro = Add signatures collected elsewhere (by email, on paper) from a CSV file. They are added as approved. The first row names the columns, among:
# Keep "name", JP, INT, REG, organisation, individual and `undersigned import` as they are (typed in the file or command).
# "CSV UTF-8" is the name of a save format in spreadsheet programs.
import-hint = Only "name" is required. Country: ISO code such as JP, or INT, REG. Kind: organisation (the default) or individual. UTF-8, as spreadsheets save "CSV UTF-8". Larger files: use the command `undersigned import`.
import-file = CSV file
# Button: upload the file and check it, before anything is imported.
import-preview = Check the file
import-problems = The file cannot be imported as it is
# Shown before a line number of the file ("Line 12: …") and as a column header.
import-line = Line
import-again = Choose another file
import-ready = { $n ->
    [one] 1 signature is ready to import. Nothing is stored until you confirm.
   *[other] { $n } signatures are ready to import. Nothing is stored until you confirm.
}
import-commit = { $n ->
    [one] Import 1 signature
   *[other] Import { $n } signatures
}
import-more = Only the first 500 rows are shown here; all are imported.
import-too-big = The file is larger than 340 kB; use the command `undersigned import` for it.
import-not-utf8 = The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.
# Button link (verb): import signatures from a CSV file.
overview-import = Import
overview-circulation = Circulation
circulation-title = Circulation
circulation-intro = Once the statement is published, send it with its signatories to everyone who signed, and deliver it to its addressees. Each recipient gets a message of their own: nobody sees another's address.
circulation-not-published = The statement is not published yet: circulation starts once it is.
circulation-nobody = There is nobody to send it to.
circulation-note-too-long = The note is too long (at most 5,000 characters).
circulation-again-confirm = It was already sent to them. Confirm to send it a second time.
circulation-again = Yes, send it again to everyone
circulation-signatories = Signatories
circulation-signatories-count = { $n ->
    [one] One signatory with a contact address
   *[other] { $n } signatories with a contact address
  }
circulation-signatories-hint = Every approved signature, named or anonymous, in the language its signer read the site in. Rejected, withdrawn and erased signatures get nothing.
circulation-erased = The signers' contact addresses were erased on { $date }: the statement can no longer be sent to them.
circulation-sent-before = The statement was already sent to its signatories (see the report below).
circulation-note = A note above the statement
circulation-note-hint = Plain text, sent to everyone as written.
circulation-preview = Preview the messages
circulation-preview-title = The messages as they will be sent
circulation-preview-intro = One per language; each recipient gets the message in their own language, addressed to them alone.
circulation-preview-to = To (first recipient)
circulation-preview-subject = Subject
circulation-preview-attachment = Attachment
circulation-preview-attachment-size = (PDF, { $kb } kB)
circulation-send = Send to everyone
circulation-deliver-now = Deliver now
circulation-deliver-preview = Preview the letter to the addressees
circulation-addressees = Addressees
circulation-addressees-intro = Whom the letter is addressed to, e.g. the permanent missions to the UN in Geneva. At the delivery time, once the statement is published, the running server sends each addressee the final statement with its signatories.
circulation-addressed-to = Addressed to
circulation-addressed-to-hint = As the public page names them: "Sent to Permanent Missions to the UN in Geneva (47) on 10 February 2025".
circulation-addressee-list = Addressees (CSV)
circulation-addressee-list-hint = One per line: name, email address. A first line "name,email" is skipped; paste from a spreadsheet saved as CSV.
circulation-reply-to = Reply-to address
circulation-reply-to-hint = The coordinating organisation's address: answers go there.
# $zone names the statement's time zone.
circulation-deliver-at = Delivery time ({ $zone })
circulation-save-addressees = Save the addressees
circulation-bad-reply-to = Give a valid email address, or none.
circulation-bad-time = Give a date and time, or none.
circulation-time-past = This time has passed: give a time to come, or none.
circulation-bad-line = Line { $line } is not "name, email address".
circulation-too-many = At most 2,000 addressees.
circulation-delivered = Delivered on { $date }.
circulation-scheduled = { $n ->
    [one] One addressee receives it
   *[other] { $n } addressees receive it
  } on { $date } (once published).
circulation-report = Delivery report
circulation-report-none = Nothing was sent yet.
circulation-report-when = Queued
circulation-report-to = To
circulation-report-recipients = Recipients
circulation-report-sent = Sent
circulation-report-pending = Waiting
circulation-report-failed = Failed
circulation-report-interrupted = Interrupted
circulation-report-scheduled = at the delivery time
circulation-audience-signatories = Signatories
circulation-audience-addressees = Addressees
circulation-problems = Messages not delivered ({ $when })
circulation-interrupted = interrupted while being sent: it may have arrived, and is not sent again unless you ask
circulation-retry = Send these again
# Chart heading; "sign-ons" are signatures received and still active (not rejected, withdrawn or
# merged), per UTC day.
chart-per-day = Sign-ons per day (UTC)
chart-by-country = Sign-ons by country
# Caption under the chart; $n is the number of signatures on the busiest day.
chart-max = Highest day: { $n }
chart-title = Sign-ons
# $unconfirmed: how many signers have not yet answered the confirmation email.
chart-confirmed-only = Confirmed sign-ons only. { $unconfirmed ->
    [0] None is waiting for confirmation.
    [one] One more is waiting for its signer to confirm.
   *[other] { $unconfirmed } more are waiting for their signers to confirm.
  }
chart-total = Total over time (UTC days)
# Marks the deadline on the charts' time axis.
chart-deadline = Deadline
chart-as-table = Show as a table
chart-day = Day
chart-day-count = Sign-ons
chart-running-total = Total
# The countries after the fifteen most frequent, summed.
chart-others = Other countries
chart-none = No confirmed sign-on yet: the charts start with the first.
curation-published = The list is published: who is on it no longer changes. (Corrections of how an entry reads are still possible.)
