# Translator's note: interface addressed in the plural (أنتم) throughout, as the gender-neutral form of address.
# Translator's note: "statement" = بيان, so "data" about people is rendered البيانات الشخصية or بيانات الاتصال to avoid confusion with البيانات (statements).
app-name = undersigned
skip-to-content = الانتقال إلى المحتوى
nav-home = الرئيسية
nav-languages = اللغة
footer-note = لا تُنشر بيانات الاتصال الخاصة بالموقّعين أبدًا.
footer-source = الشيفرة المصدرية: AGPL-3.0-or-later

source-title = الشيفرة المصدرية
source-licence = يعمل هذا الموقع ببرنامج undersigned { $version }، وهو برنامج حرّ مرخَّص بموجب رخصة غنو أفيرو العمومية (GNU Affero General Public License)، الإصدار 3 أو أي إصدار لاحق (AGPL-3.0-or-later). ويحقّ لكل من يستخدمه عبر الشبكة الحصول على شيفرته المصدرية، بما فيها أي تعديلات أجراها الموقع عليها.
source-published = الشيفرة المصدرية للإصدار العامل هنا:
source-unpublished = على الجهة التي تشغّل هذا الموقع أن تنشر الشيفرة المصدرية للإصدار الذي تشغّله وأن تضع رابطًا إليها هنا (الإعداد SOURCE_URL)؛ وإلى أن تفعل ذلك، اطلبوها منها.

home-title = بيانات مشتركة
home-intro = تظهر هنا البيانات المفتوحة للتوقيع والبيانات المنشورة.
home-empty = لا توجد بيانات عامة حتى الآن.

error-back-home = العودة إلى الصفحة الرئيسية
error-400-title = تعذّر فهم الطلب
error-403-title = غير مسموح
error-403-text = ليست لديكم صلاحية القيام بذلك.
error-404-title = الصفحة غير موجودة
error-404-text = لا يوجد شيء على هذا العنوان. تحقّقوا من الرابط، أو ابدؤوا من الصفحة الرئيسية.
error-405-title = طريقة الطلب غير مسموح بها
error-410-title = لم يعد متاحًا
error-413-title = حجم البيانات كبير جدًا
error-413-text = ما أرسلتموه أكبر مما يقبله هذا الموقع.
error-422-title = يُرجى التحقّق مما أدخلتموه
error-429-title = محاولات كثيرة جدًا
error-500-title = حدث خطأ ما
error-500-text = حدث خطأ غير متوقَّع من جهتنا. لم يُنشر أي شيء مما أدخلتموه؛ يُرجى المحاولة مجددًا بعد قليل.
error-503-title = غير متاح مؤقتًا
error-503-text = يتعذّر على الخدمة الاتصال بقاعدة بياناتها حاليًا. يُرجى المحاولة مجددًا بعد قليل.
csrf-failed = تعذّر قبول هذا النموذج لأن رمز الأمان الخاص به مفقود أو منتهي الصلاحية. عودوا إلى الصفحة السابقة، وأعيدوا تحميلها، ثم أرسلوا النموذج مجددًا. (يجب أن يسمح متصفحكم بملفات تعريف الارتباط (cookies) من هذا الموقع.)

nav-workspace = مساحة العمل
nav-dashboard = لوحة المتابعة
nav-new-statement = بيان جديد
nav-audit = سجلّ التدقيق
nav-signers = البيانات الشخصية للموقّعين
nav-users = الحسابات
nav-teams = الفرق
nav-sign-out = تسجيل الخروج

form-error-summary = توجد مشكلة

notice-saved = تم الحفظ.
notice-created = تم الإنشاء.
notice-opened = البيان مفتوح الآن للتوقيع.
notice-closed = أُغلق باب التوقيع.
notice-reopened = أُعيد فتح البيان للتوقيع.
notice-published = نُشر البيان.
notice-archived = أُرشف البيان.
notice-amended = عُدِّل النص؛ والتعديل مسجَّل في سجلّ التدقيق.
notice-password-changed = تم تغيير كلمة المرور. وسُجِّل خروج المتصفحات الأخرى التي كانت متصلة بحسابكم.
notice-invited = أُنشئت الدعوة.
notice-disabled = عُطِّل الحساب وأُنهيت جلساته.
notice-enabled = فُعِّل الحساب.
notice-mail-queued = ستُرسَل الرسالة الإلكترونية مجددًا.
notice-invitation-revoked = أُلغيت الدعوة: لم يعد رابطها يعمل.
notice-signed-in = تم تسجيل دخولكم.
notice-signed-out = تم تسجيل خروجكم.
notice-merged = تم الدمج: بقي إدخال واحد في القائمة.
notice-queued = وُضعت الرسائل في قائمة الانتظار؛ ويتابع التقرير أدناه تسليمها.
notice-again = أُعيدت الرسائل التي تعذّر تسليمها إلى قائمة الانتظار.

field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-name = الاسم
field-role = الدور
field-your-name = اسمكم
field-new-password = كلمة المرور الجديدة
field-password-confirm = تأكيد كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية

login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-disabled = هذا الحساب معطَّل. اطلبوا من أحد المسؤولين تفعيله.
# Translator's note: Arabic counted-noun grammar: 1 دقيقة واحدة، 2 دقيقتين، 3–10 دقائق، 11–99 دقيقة، 100+ دقيقة.
login-locked = محاولات فاشلة كثيرة جدًا لتسجيل الدخول. حفاظًا على أمانكم، عُلِّق تسجيل الدخول مؤقتًا: حاولوا مجددًا بعد { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.

password-hint = لا تقل عن 12 حرفًا. بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة.
password-too-short = يجب ألا تقل كلمة المرور عن 12 حرفًا.
password-too-long = يجب ألا تزيد كلمة المرور على 1024 حرفًا.
password-too-common = كلمة المرور هذه شائعة جدًا أو بسيطة جدًا؛ اختاروا كلمة أخرى.
password-is-email = يجب ألا تكون كلمة المرور هي عنوان بريدكم الإلكتروني.
password-mismatch = كلمتا المرور غير متطابقتين.
password-current-wrong = كلمة المرور الحالية غير صحيحة.
password-change-title = تغيير كلمة المرور
password-change-submit = تغيير كلمة المرور

account-title = حسابكم
account-name-required = أدخلوا اسمكم (200 حرف كحدّ أقصى).
email-invalid = أدخلوا عنوان بريد إلكتروني مثل name@example.org.
email-taken = يوجد بالفعل حساب بعنوان البريد الإلكتروني هذا.
role-invalid = اختاروا دورًا.
role-admin = مسؤول
role-coordinator = منسّق

setup-title = إنشاء حساب المسؤول الأول
setup-intro = يعمل هذا الرابط مرة واحدة ولمدة ساعة. الحساب الذي تنشئونه هنا يدير هذا الخادم ويدعو المنسّقين.
setup-submit = إنشاء حساب المسؤول

link-gone-title = لم يعد هذا الرابط يعمل
link-gone-text = انتهت صلاحية الرابط أو سبق استخدامه. اطلبوا رابطًا جديدًا.

users-title = الحسابات
users-state = الحالة
users-actions = الإجراءات
users-active = نشط
users-disabled = معطَّل
users-disable = تعطيل
users-enable = تفعيل
invite-title = دعوة منسّق
invitations-title = الدعوات المعلَّقة
# Column: when the invitation link stops working.
invitations-expires = يعمل الرابط حتى
invitations-revoke = إلغاء
invite-intro = ستحصلون على رابط لإرساله إلى الشخص المدعو. يعمل مرة واحدة، ولمدة سبعة أيام.
teams-title = الفرق
teams-intro = ينتمي كل بيان إلى فريق. لا يرى المنسّقون ولا يديرون إلا بيانات فرقهم، أما المشرفون فيرون جميع البيانات. تحدّد الدعوة الفريق الذي ينضم إليه المنسّق الجديد.
teams-statements = { $n ->
    [zero] لا بيانات
    [one] بيان واحد
    [two] بيانان
    [few] { $n } بيانات
    [many] { $n } بيانًا
   *[other] { $n } بيان
  }
teams-no-members = لا يوجد أحد في هذا الفريق بعد.
teams-remove = إزالة
teams-add = إضافة إلى الفريق
teams-add-submit = إضافة
teams-rename = الاسم
teams-rename-submit = إعادة التسمية
teams-new = فريق جديد
teams-name = اسم الفريق
teams-create = إنشاء الفريق
team-name-invalid = أدخلوا اسمًا للفريق (120 حرفًا على الأكثر).
team-name-taken = يحمل فريق آخر هذا الاسم.
invite-team-hint = الفريق الذي ينضم إليه المنسّق: لن يرى إلا بياناته.
invite-submit = إنشاء الدعوة
invited-title = أُنشئت الدعوة
# Translator's note: the English has no plural here; a selector is added because the Arabic noun after { $days } changes with the number.
invited-text = أرسلوا هذا الرابط إلى { $email }. يعمل مرة واحدة، لمدة { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
invited-link = رابط الدعوة
invite-accept-title = الانضمام إلى مساحة العمل
invite-accept-intro = وُجِّهت إليكم الدعوة على العنوان { $email }. اختاروا اسمكم كما سيراه الآخرون، وكلمة مرور.
invite-accept-submit = إنشاء حسابي
error-409-title = لا يمكن القيام بذلك الآن

home-open = مفتوحة للتوقيع
home-others = مغلقة ومنشورة

status-draft = مسودة
status-open = مفتوح
status-closed = مغلق
status-published = منشور
status-archived = مؤرشف

# Translator's note: the program uses days from 2 up and hours from 2 up, otherwise minutes (at least 1); all six forms are still given.
time-left-days = { $n ->
    [zero] يُغلق اليوم
    [one] يُغلق بعد يوم واحد
    [two] يُغلق بعد يومين
    [few] يُغلق بعد { $n } أيام
    [many] يُغلق بعد { $n } يومًا
   *[other] يُغلق بعد { $n } يوم
}
time-left-hours = { $n ->
    [zero] يُغلق خلال أقل من ساعة
    [one] يُغلق بعد ساعة واحدة
    [two] يُغلق بعد ساعتين
    [few] يُغلق بعد { $n } ساعات
    [many] يُغلق بعد { $n } ساعة
   *[other] يُغلق بعد { $n } ساعة
}
time-left-minutes = { $n ->
    [zero] يُغلق خلال أقل من دقيقة
    [one] يُغلق بعد دقيقة واحدة
    [two] يُغلق بعد دقيقتين
    [few] يُغلق بعد { $n } دقائق
    [many] يُغلق بعد { $n } دقيقة
   *[other] يُغلق بعد { $n } دقيقة
}

public-deadline = موعد إغلاق باب التوقيع:
public-closed = أُغلق باب التوقيع.
public-closed-on = أُغلق باب التوقيع في { $when }.
public-published-on = نُشر في { $date }.
public-closed-final = ستُنشر هنا القائمة النهائية للموقّعين.
public-amended = عُدِّل النص في { $when }.

preview-banner = معاينة: هكذا تبدو الصفحة العامة.
preview-back = العودة إلى البيان

dashboard-title = البيانات
dashboard-status = الحالة
dashboard-empty = لا توجد بيانات بعد. أنشئوا البيان الأول.
dashboard-no-deadline = لم يُحدَّد موعد نهائي
# Translator's note: column headers counting signatures (التوقيعات), hence the feminine forms.
count-approved = معتمدة
count-pending = بانتظار المراجعة
count-unconfirmed = غير مؤكَّدة
count-rejected = مرفوضة
count-withdrawn = مسحوبة
count-review = تكرارات محتملة
signers-title = البيانات الشخصية لأحد الموقّعين
signers-intro = ابحثوا عن جميع التوقيعات المقدَّمة بعنوان بريد إلكتروني واحد، على أي بيان، للاستجابة لطلب أحد الموقّعين: بتصديرها أو بمحوها.
signers-find = بحث
signers-found = التوقيعات المقدَّمة بهذا العنوان
signers-statement = البيان
signers-as = التوقيع باسم
signers-erased-count = { $n ->
    [zero] لم تُمحَ بيانات أي توقيع.
    [one] مُحيت بيانات توقيع واحد.
    [two] مُحيت بيانات توقيعين.
    [few] مُحيت بيانات { $n } توقيعات.
    [many] مُحيت بيانات { $n } توقيعًا.
   *[other] مُحيت بيانات { $n } توقيع.
}
signers-none = لا يوجد توقيع مرتبط بهذا العنوان (التوقيعات التي مُحيت بياناتها سابقًا لم تعد مرتبطة به).
signers-export = تصدير بصيغة JSON
signers-erase-title = المحو
signers-erase-text = يمحو عنوان البريد الإلكتروني واسم الشخص المسؤول عن التواصل والرسالة والموقع الإلكتروني من جميع التوقيعات أعلاه، كما يمحو الرسائل الإلكترونية المرسلة إلى هذا العنوان. تُسحب التوقيعات الواردة في قوائم لم تُنشر بعد؛ أما الإدخالات المنشورة فتبقى في قوائمها.
signers-erase-confirm = أدرك أنه لا يمكن التراجع عن ذلك.
signers-erase = محو البيانات الشخصية لهذا الموقّع
signers-email-needed = أدخلوا عنوان البريد الإلكتروني للموقّع.
signers-confirm-needed = حدّدوا المربّع لتأكيد المحو.
retention-title = بيانات الاتصال بالموقّعين
retention-erased = مُحيت في { $date }. وتبقى القائمة العامة.
retention-due = ستُمحى في { $date } (عناوين البريد الإلكتروني، وأسماء الأشخاص المسؤولين عن التواصل، والرسائل، والمواقع الإلكترونية)؛ وتبقى القائمة العامة.
# Translator's note: a plural selector is added for the noun after { $days }.
retention-later = تُحفظ حتى مرور { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} على النشر، ثم تُمحى؛ وتبقى القائمة العامة.

field-title = العنوان
field-slug = عنوان الصفحة على الويب
field-summary = الملخّص
field-body = النص
field-language = لغة النص
field-deadline = الموعد النهائي
field-deadline-local = التاريخ والوقت
field-timezone = المنطقة الزمنية
field-who = من يحقّ له التوقيع
field-allow-organisations = المنظمات
field-allow-individuals = الأفراد
field-settings = الإعدادات
field-moderation = مراجعة كل توقيع قبل احتسابه (الإشراف)
field-public-list = عرض قائمة الموقّعين ما دام باب التوقيع مفتوحًا
field-require-country = يجب على الموقّعين تحديد البلد
field-grouping = طريقة تنظيم القائمة النهائية
field-note = ملاحظة فوق النموذج
field-amend-reason = سبب تعديل النص (يُحفظ في سجلّ التدقيق)
grouping-none = قائمة واحدة مرتّبة أبجديًا
grouping-kind = المنظمات، ثم الأفراد
grouping-country = حسب البلد

# Translator's note: Arabic has no letter case; the address accepts only Latin letters, hence "أحرف لاتينية صغيرة".
slug-hint = يتكوّن عنوان البيان من /s/ متبوعًا بهذا النص. أحرف لاتينية صغيرة وأرقام وشَرطات. اتركوه فارغًا لإنشائه تلقائيًا من العنوان. لا يمكن تغييره بعد فتح البيان للتوقيع.
summary-hint = جملة أو جملتان، تظهران في القوائم وفي معاينات الروابط.
body-hint = بصيغة Markdown: **غامق**، *مائل*، [روابط](https://example.org)، قوائم، عناوين.
deadline-hint = آخر لحظة للتوقيع، بحسب التوقيت المحلي في المنطقة الزمنية المختارة.
note-hint = مثلًا: «لا يمكننا قبول تعديلات على النص.»

editor-new-title = بيان جديد
editor-title = تحرير البيان
editor-save = حفظ
editor-preview = معاينة
editor-cancel = إلغاء
editor-preview-title = معاينة
editor-preview-hint = لم يُحفظ بعد. هكذا ستبدو الصفحة العامة.
editor-preview-to-form = العودة إلى النموذج
editor-frozen = سبق التوقيع على هذا النص، لذا لم يعد تحريره ممكنًا هنا.
amend-link = تعديل النص

statement-title-required = أدخلوا عنوانًا (300 حرف كحدّ أقصى).
statement-slug-invalid = استخدموا أحرفًا لاتينية صغيرة وأرقامًا وشَرطات مفردة (80 حرفًا كحدّ أقصى)، مثل xiamen-anniversary-2025.
statement-slug-taken = يستخدم بيان آخر هذا العنوان بالفعل. اختاروا عنوانًا آخر.
statement-team-needed = اختاروا فريقًا.
statement-slug-locked = لا يمكن تغيير العنوان بعد فتح البيان للتوقيع.
statement-summary-too-long = الملخّص طويل جدًا (2000 حرف كحدّ أقصى).
statement-body-too-long = النص طويل جدًا (60 ألف حرف كحدّ أقصى).
statement-note-too-long = الملاحظة طويلة جدًا (2000 حرف كحدّ أقصى).
statement-language-invalid = اختاروا لغة من القائمة.
statement-language-has-version = لهذا البيان نسخة بهذه اللغة بالفعل: احذفوا النسخة أولًا أو اختاروا لغة أخرى.
statement-grouping-invalid = اختاروا طريقة تنظيم من القائمة.
statement-who-required = اسمحوا بتوقيع المنظمات أو الأفراد أو كليهما.
statement-text-frozen = سبق التوقيع على هذا النص؛ عدّلوه عبر «تعديل النص»، وسيُسجَّل التعديل.
statement-deadline-future = حدّدوا أولًا موعدًا نهائيًا في المستقبل.
statement-changed-meanwhile = عدّل شخص آخر هذا البيان في الوقت نفسه. أعيدوا تحميل الصفحة وحاولوا مجددًا.
deadline-bad-format = أدخلوا التاريخ والوقت بالصيغة YYYY-MM-DDTHH:MM، مثل 2025-02-07T23:59.
deadline-skipped = الوقت { $time } غير موجود في المنطقة الزمنية { $zone }: إذ تُقدَّم الساعة ساعةً كاملة عند الانتقال إلى التوقيت الصيفي. اختاروا وقتًا آخر.
timezone-unknown = اختاروا منطقة زمنية من القائمة.

refused-open = لا يمكن فتح باب التوقيع إلا على مسودة.
refused-close = لا يمكن إغلاق إلا البيان المفتوح.
refused-reopen = لا يمكن إعادة فتح إلا البيان المغلق.
refused-publish = لا يمكن نشر البيان إلا بعد إغلاق باب التوقيع.
refused-archive = يجب إغلاق البيان المفتوح قبل أرشفته.
refused-amend = لم يعد من الممكن تعديل نص منشور أو مؤرشف.
refused-version-archived = لا يمكن تغيير نسخ بيانٍ مؤرشف.
refused-version-delete = توجد توقيعات: لم يعد حذف النسخة ممكنًا، بل تعديلها فقط.

action-open = فتح باب التوقيع
action-close = إغلاق باب التوقيع الآن
action-reopen = إعادة الفتح بموعد نهائي جديد
action-publish = نشر القائمة النهائية
action-archive = أرشفة

overview-address = عنوان الصفحة العامة
overview-signatures = التوقيعات
overview-edit = تحرير
overview-preview = معاينة
overview-lifecycle = الحالة
versions-title = النسخ اللغوية
versions-translation = ترجمة أُضيفت بعد فتح باب التوقيع
versions-view = عرض
versions-add = إضافة نسخة باللغة
versions-add-submit = إضافة
version-title = النسخة بلغة { $language }
version-intro = البيان نفسه بلغة أخرى. يبقى الأصل بلغة { $original } هو المرجع، ويختار القرّاء لغتهم في الصفحة العامة.
version-amend-intro = توجد توقيعات: أي تغيير في هذه النسخة تعديلٌ يُسجَّل مع سببه في سجلّ التدقيق.
version-save = حفظ النسخة
version-delete = حذف هذه النسخة
version-back = العودة إلى البيان
overview-history = السجلّ

amend-title = تعديل النص
amend-intro = سبق التوقيع على هذا البيان. لا تعدّلوه إلا لتصحيح أخطاء؛ يُسجَّل التعديل وسببه، وتُبيّن الصفحة العامة تاريخ تعديل النص.
amend-submit = تعديل النص
amend-reason-required = اذكروا سبب تعديل النص: يُحفظ السبب في سجلّ التدقيق.

audit-who = المستخدم
audit-statement = البيان
audit-details = التفاصيل
audit-older = إدخالات أقدم
audit-empty = لم يُسجَّل شيء بعد.
audit-times-utc = الأوقات مبيَّنة بالتوقيت العالمي المنسَّق (UTC).
audit-filter = تصفية السجلّ
audit-kind = النوع
audit-kind-statement = البيانات
audit-kind-signature = التوقيعات
audit-kind-signer = البيانات الشخصية للموقّعين
audit-kind-account = الحسابات
audit-kind-team = الفرق
audit-clear = عرض الكل
overview-history-all = السجلّ الكامل لهذا البيان
audit-a-signature = توقيع
audit-actor-signer = الموقّع
audit-actor-system = النظام
audit-actor-former = منسّق سابق
audit-did-other = { $who }: { $action }
# Translator's note: the log reads "{ $who }:" followed by a verbal noun (مصدر), so that no verb has to agree in gender with $who.
audit-did-statement-create = { $who }: إنشاء البيان
audit-did-statement-edit = { $who }: تحرير البيان
audit-did-statement-amend = { $who }: تعديل النص الموقَّع عليه
audit-did-statement-open = { $who }: فتح باب التوقيع على البيان
audit-did-statement-close = { $who }: إغلاق باب التوقيع على البيان
audit-did-statement-reopen = { $who }: إعادة فتح البيان للتوقيع
audit-did-statement-publish = { $who }: نشر البيان
audit-did-statement-archive = { $who }: أرشفة البيان
audit-did-statement-export = { $who }: تصدير القائمة ({ $format })
audit-did-statement-contact-erased = { $who }: محو بيانات الاتصال من { $count ->
    [zero] { $count } توقيع
    [one] توقيع واحد
    [two] توقيعين
    [few] { $count } توقيعات
    [many] { $count } توقيعًا
   *[other] { $count } توقيع
  }
audit-did-statement-version-save = { $who }: حفظ النسخة بلغة { $language }
audit-did-statement-version-amend = { $who }: تعديل النسخة الموقَّع عليها بلغة { $language }
audit-did-statement-version-delete = { $who }: حذف النسخة بلغة { $language }
audit-did-statement-addressees = { $who }: تغيير المرسَل إليهم وموعد الإرسال
audit-did-statement-circulated = { $who }: إرسال البيان النهائي إلى { $count ->
    [zero] { $count } موقّع
    [one] موقّع واحد
    [two] موقّعَين
    [few] { $count } موقّعين
    [many] { $count } موقّعًا
   *[other] { $count } موقّع
  }
audit-did-statement-delivered = { $who }: إرسال البيان إلى المرسَل إليهم ({ $count ->
    [zero] { $count } جهة
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهة
   *[other] { $count } جهة
  })
audit-did-statement-mailing-again = { $who }: إعادة { $count ->
    [zero] { $count } رسالة تعذّر تسليمها
    [one] رسالة واحدة تعذّر تسليمها
    [two] رسالتين تعذّر تسليمهما
    [few] { $count } رسائل تعذّر تسليمها
    [many] { $count } رسالة تعذّر تسليمها
   *[other] { $count } رسالة تعذّر تسليمها
  } من إحدى دفعات الإرسال إلى قائمة الانتظار
audit-did-signature-confirm = { $who }: تأكيد { $signature }
audit-did-signature-approve = { $who }: اعتماد { $signature }
audit-did-signature-reject = { $who }: رفض { $signature }
audit-did-signature-edit = { $who }: تصحيح { $signature }
audit-did-signature-replace = { $who }: وضع { $signature } مكان { $other }
audit-did-signature-merge = { $who }: دمج { $other } في { $signature }
audit-did-signature-withdraw = { $who }: سحب { $signature }
audit-did-signature-export = { $who }: تنزيل البيانات المحفوظة عن { $signature }
audit-did-signature-erase = { $who }: محو بيانات الاتصال من { $signature }
audit-did-signature-email-again = { $who }: إعادة إرسال رسالة التأكيد بشأن { $signature }
audit-did-signature-duplicate-attempt = حاول أحدهم التوقيع مجددًا باسم { $signature }
audit-did-signature-look-alike-kept = { $who }: الإبقاء على { $signature } إلى جانب إدخال يبدو مطابقًا له
audit-did-signature-import = { $who }: استيراد { $count ->
    [zero] { $count } توقيع
    [one] توقيع واحد
    [two] توقيعين
    [few] { $count } توقيعات
    [many] { $count } توقيعًا
   *[other] { $count } توقيع
  }
audit-did-signer-export = { $who }: تصدير البيانات الشخصية لأحد الموقّعين ({ $count ->
    [zero] { $count } توقيع
    [one] توقيع واحد
    [two] توقيعان
    [few] { $count } توقيعات
    [many] { $count } توقيعًا
   *[other] { $count } توقيع
  })
audit-did-signer-erase = { $who }: محو البيانات الشخصية لأحد الموقّعين ({ $count ->
    [zero] { $count } توقيع
    [one] توقيع واحد
    [two] توقيعان
    [few] { $count } توقيعات
    [many] { $count } توقيعًا
   *[other] { $count } توقيع
  })
audit-did-account-sign-in = { $who }: تسجيل الدخول
audit-did-account-setup = { $who }: إنشاء الحساب الأول
audit-did-account-invite = { $who }: دعوة { $email }
audit-did-account-invitation-revoke = { $who }: إلغاء دعوة
audit-did-account-accept-invitation = { $who }: قبول دعوة
audit-did-account-enable = { $who }: تفعيل حساب { $email }
audit-did-account-disable = { $who }: تعطيل حساب { $email }
audit-did-account-create-cli = أُنشئ حساب للعنوان { $email } من سطر الأوامر
audit-did-account-change-password = { $who }: تغيير كلمة المرور
audit-did-team-create = { $who }: إنشاء فريق
audit-did-team-rename = { $who }: إعادة تسمية فريق
audit-did-team-member-add = { $who }: إضافة عضو إلى فريق
audit-did-team-member-remove = { $who }: إزالة عضو من فريق

country-international = دولي
country-regional = إقليمي
field-organiser = الجهة المنظِّمة
field-team = الفريق
team-hint = من ينسّق البيان: يراه أعضاء هذا الفريق ويديرونه.
team-none = لستم في أي فريق بعد: يجب أن يضيفكم أحد المشرفين إلى فريق قبل أن تتمكنوا من إنشاء بيان.
organiser-hint = التحالف أو المنظمة التي تنسّق البيان، كما يظهر اسمها في الصفحة العامة.
statement-organiser-too-long = اسم الجهة المنظِّمة طويل جدًا (300 حرف كحدّ أقصى).
public-organiser = بتنسيق من { $who }
statement-deadline-reopen = أُغلق باب التوقيع. لتحديد موعد نهائي جديد، استخدموا «إعادة الفتح بموعد نهائي جديد» في صفحة البيان.

optional = اختياري
public-count = { $n ->
    [0] لا توجد توقيعات بعد.
    [zero] لا توجد توقيعات بعد.
    [one] توقيع واحد حتى الآن.
    [two] توقيعان حتى الآن.
    [few] { $n } توقيعات حتى الآن.
    [many] { $n } توقيعًا حتى الآن.
   *[other] { $n } توقيع حتى الآن.
}
public-count-closed = { $n ->
    [0] لا توجد توقيعات.
    [zero] لا توجد توقيعات.
    [one] توقيع واحد.
    [two] توقيعان.
    [few] { $n } توقيعات.
    [many] { $n } توقيعًا.
   *[other] { $n } توقيع.
}
version-read-in = هذا البيان باللغات:
version-original = النص الأصلي
version-translation-note = أُضيفت هذه الترجمة بعد فتح باب التوقيع: النص الذي وقّع عليه الموقّعون هو الأصل بلغة { $language }.
public-list-title = الموقّعون

sign-heading = التوقيع على هذا البيان
sign-kind-legend = من يوقّع؟
sign-kind-organisation = منظمة
sign-kind-individual = أنا، بصفتي الفردية
sign-name-organisation = اسم المنظمة
sign-name-person = اسمكم
sign-name-either = اسم المنظمة أو اسمكم
sign-title = الصفة أو الانتماء المؤسسي (للأفراد)
# Translator's note: the slash form أستاذ/ة keeps the example gender-neutral.
sign-title-hint = مثلًا: أستاذ/ة القانون، جامعة جنيف.
sign-country = البلد
sign-country-none = بلا بلد / غير محدَّد
# Translator's note: "contact person" = الشخص المسؤول عن التواصل throughout.
sign-contact-name = الشخص المسؤول عن التواصل (للمنظمات)
sign-private-hint = خاص: لا يطّلع عليه سوى المنسّقين.
sign-email = عنوان البريد الإلكتروني
sign-email-hint = خاص. نرسل إليه رابطًا: لا يُحتسب التوقيع إلا بعد فتحه.
sign-website = الموقع الإلكتروني
sign-listing-legend = كيف نُدرجكم في القائمة؟
# Translator's note: the two options describe the signatory (الجهة الموقّعة), hence the feminine agreement, as in the set term محتسبة دون ذكر اسمها.
sign-listing-public = مذكورة باسمها علنًا في القائمة
sign-listing-anonymous = محتسبة دون ذكر اسمها
sign-message = رسالة إلى المنسّقين
sign-honeypot = اتركوا هذا الحقل فارغًا
sign-submit = توقيع
sign-after = بعد التوقيع، ستصلكم رسالة إلكترونية فيها رابط للتأكيد، ورابط خاص لتصحيح توقيعكم أو سحبه حتى الموعد النهائي.

sign-kind-required = اختاروا من يوقّع.
sign-name-required = أدخلوا اسم المنظمة.
sign-name-too-short = يجب ألا يقل الاسم عن حرفين.
sign-name-too-long = يجب ألا يزيد الاسم على 300 حرف.
sign-person-required = أدخلوا اسمكم.
sign-person-too-short = يجب ألا يقل اسمكم عن حرفين.
sign-person-too-long = يجب ألا يزيد اسمكم على 200 حرف.
sign-title-too-long = يجب ألا تزيد الصفة على 300 حرف.
sign-contact-required = أدخلوا اسم الشخص المسؤول عن التواصل.
sign-contact-too-short = يجب ألا يقل اسم الشخص المسؤول عن التواصل عن حرفين.
sign-contact-too-long = يجب ألا يزيد اسم الشخص المسؤول عن التواصل على 200 حرف.
sign-message-too-long = يجب ألا تزيد الرسالة على 2000 حرف.
sign-forbidden-characters = يحتوي هذا الحقل على محارف غير مرئية أو محارف تحكّم؛ يُرجى كتابته مجددًا.
sign-no-letters = يجب أن يحتوي الاسم على حروف، لا على أرقام أو علامات ترقيم أو محارف غير مرئية فقط.
sign-no-links = لا يجوز أن تتضمّن الأسماء والصفات والتوصيفات عنوان موقع إلكتروني أو بريد إلكتروني. أدخلوا الموقع الإلكتروني في الحقل المخصّص له؛ أما عناوين البريد الإلكتروني فتبقى خاصة.
sign-country-required = اختاروا بلدًا.
sign-country-invalid = اختاروا بلدًا من القائمة.
sign-website-invalid = أدخلوا عنوان موقع يبدأ بـ http:// أو https://، أو اتركوا الحقل فارغًا.
sign-listing-required = اختاروا طريقة إدراجكم في القائمة.
sign-rate-limited = أُرسل عدد كبير جدًا من التوقيعات من شبكتكم خلال الدقيقة الماضية. يُرجى الانتظار دقيقة ثم إرسال النموذج مجددًا؛ ما كتبتموه محفوظ.
sign-link-gone-text = هذا الرابط لا يعمل، أو لم يعد يعمل. إذا كنتم قد وقّعتم، فابحثوا عن أحدث رسالة إلكترونية بهذا الشأن.

thanks-title = شكرًا لكم: بقيت خطوة واحدة
thanks-check-email = أرسلنا إليكم رسالة إلكترونية. افتحوا الرابط الوارد فيها لتأكيد توقيعكم: لا يُحتسب التوقيع إلا بعد تأكيده.
thanks-spam = لم تصلكم الرسالة خلال بضع دقائق؟ تحقّقوا من مجلد الرسائل غير المرغوب فيها.

confirm-title = تأكيد توقيعكم
confirm-statement = البيان:
confirm-signer = التوقيع باسم
confirm-listing = طريقة الإدراج
confirm-submit = تأكيد توقيعي
confirm-done = شكرًا لكم: تم تأكيد توقيعكم.
confirm-done-pending = شكرًا لكم: تم تأكيد توقيعكم. يراجع المنسّقون كل توقيع قبل ظهوره.
confirm-already = سبق تأكيد هذا التوقيع. شكرًا لكم.
confirm-expired = انتهت صلاحية رابط التأكيد هذا. وقّعوا مجددًا للحصول على رابط جديد.
confirm-not-possible = لم يعد من الممكن تأكيد هذا التوقيع (فقد سُحب، أو نُشرت القائمة النهائية).

manage-title = توقيعكم
manage-save = حفظ التغييرات
manage-email-fixed = (لاستخدام عنوان آخر، اسحبوا توقيعكم ثم وقّعوا مجددًا)
manage-withdraw-title = سحب التوقيع
manage-withdraw-text = لن يظهر اسمكم في القائمة، ولن يُحتسب توقيعكم.
manage-withdraw = سحب توقيعي
manage-withdraw-confirm = نعم، أسحب توقيعي من هذا البيان
manage-withdraw-unconfirmed = ضعوا علامة في المربع لتأكيد رغبتكم في سحب توقيعكم.
manage-withdrawn = سُحب هذا التوقيع.
manage-closed = أُغلق باب التوقيع، لذا لم يعد من الممكن تغيير التوقيع هنا. لتصحيحه، راسلوا المنسّقين.
manage-data-title = بياناتكم الشخصية
manage-data-text = يمكنكم تنزيل كل ما هو محفوظ عن هذا التوقيع، أو محو بيانات الاتصال الخاصة بكم (البريد الإلكتروني، والشخص المسؤول عن التواصل، والرسالة، والموقع الإلكتروني) نهائيًا.
manage-data-download = تنزيل بياناتي (JSON)
manage-data-erase = محو بياناتي
erase-title = محو بياناتكم الشخصية
erase-what = يؤدي هذا إلى محو عنوان بريدكم الإلكتروني واسم الشخص المسؤول عن التواصل والرسالة والموقع الإلكتروني من هذا التوقيع، ومحو الرسائل الإلكترونية المرسلة بشأنه. وسيتوقف هذا الرابط عن العمل.
erase-withdraws = يُسحب توقيعكم أيضًا: فيُزال من القائمة ولا يعود محتسبًا.
erase-published = القائمة منشورة: يبقى إدخالكم فيها. لإزالته من القائمة المنشورة، راسلوا المنسّقين.
erase-final = لا يمكن التراجع عن ذلك.
erase-button = محو بياناتي
erase-cancel = إلغاء
erased-title = مُحيت بياناتكم الشخصية
erased-text = مُحيت بيانات الاتصال الخاصة بكم، ولم يعد الرابط الذي فتحتموه يعمل.
erased-withdrawn = سُحب توقيعكم.
erased-kept = يبقى إدخالكم في القائمة المنشورة؛ ويمكن للمنسّقين إزالته بناءً على طلبكم.
notice-withdrawn = سُحب توقيعكم.

email-hello-unnamed = مرحبًا،
email-confirm-subject = يُرجى تأكيد توقيعكم: { $title }
email-confirm-intro = وقّع أحدهم، وعلى الأرجح أنتم، على هذا البيان باستخدام عنوان بريدكم الإلكتروني:
email-confirm-signer = التوقيع باسم:
email-confirm-action = للتأكيد، افتحوا هذا الرابط واضغطوا على الزر:
email-manage = لتصحيح التوقيع أو سحبه حتى إغلاق باب التوقيع
email-confirm-ignore = إن لم تكونوا أنتم من وقّع، فتجاهلوا هذه الرسالة: لا يُنشر شيء دون تأكيد.
email-circulation-subject = البيان النهائي: { $title }
email-circulation-intro = شكرًا لتوقيعكم. نُشر البيان مع قائمة الموقّعين عليه:
email-circulation-print = نسخة للطباعة أو للحفظ بصيغة PDF:
email-circulation-why = تصلكم هذه الرسالة لأنكم وقّعتم على هذا البيان. لا تتردّدوا في مشاركته.
email-delivery-online = البيان وقائمة الموقّعين عليه على الإنترنت:

group-organisations = المنظمات
group-individuals = الأفراد
group-no-country = بلد غير محدَّد
# Translator's note: the program puts a space on each side of this word when joining the counts, so و stands apart ("منظمتان و 3 أفراد").
# Both counts of the final list: organisations, then individuals.
count-both = { $organisations } و{ $individuals }
count-none = لا يوجد موقّعون بعد
# Translator's note: Arabic uses the figure, so only $n is used ($words would repeat it); the numeral is dropped for 1 and 2 (واحدة / dual), as Arabic grammar requires.
count-organisations = { $n ->
    [zero] { $n } منظمة
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $n } منظمات
    [many] { $n } منظمة
   *[other] { $n } منظمة
}
count-individuals = { $n ->
    [zero] { $n } فرد
    [one] فرد واحد
    [two] فردان
    [few] { $n } أفراد
    [many] { $n } فردًا
   *[other] { $n } فرد
}
count-anonymous-organisations = { $n ->
    [zero] و{ $n } منظمة طلبت عدم ذكر اسمها
    [one] ومنظمة واحدة طلبت عدم ذكر اسمها
    [two] ومنظمتان طلبتا عدم ذكر اسميهما
    [few] و{ $n } منظمات طلبت عدم ذكر أسمائها
    [many] و{ $n } منظمة طلبت عدم ذكر أسمائها
   *[other] و{ $n } منظمة طلبت عدم ذكر أسمائها
}
count-anonymous = { $n ->
    [zero] و{ $n } جهة موقّعة طلبت عدم ذكر اسمها
    [one] وجهة موقّعة واحدة طلبت عدم ذكر اسمها
    [two] وجهتان موقّعتان طلبتا عدم ذكر اسميهما
    [few] و{ $n } جهات موقّعة طلبت عدم ذكر أسمائها
    [many] و{ $n } جهة موقّعة طلبت عدم ذكر أسمائها
   *[other] و{ $n } جهة موقّعة طلبت عدم ذكر أسمائها
}

curation-title = التوقيعات
curation-status = الحالة
curation-kind = النوع
curation-all = الكل
curation-search = يحتوي الاسم أو البريد الإلكتروني على
curation-apply = عرض
curation-received = تاريخ الاستلام (UTC)
# Delivery of the latest email sent for this signature (the confirmation).
curation-mail = الرسالة الإلكترونية إلى الموقّع
curation-mail-sent = أُرسلت في { $at }
curation-mail-waiting = بانتظار الإرسال
curation-mail-failing = لم تُسلَّم بعد؛ ستُعاد المحاولة
curation-mail-refused = رفضها خادم البريد؛ لن تُعاد المحاولة
# Button: after the address or the mail server was fixed.
curation-mail-send-again = إعادة الإرسال
curation-mail-nothing-to-send = لا توجد رسالة مرفوضة لإعادة إرسالها.
curation-anonymous = دون ذكر الاسم
curation-empty = لا توجد توقيعات مطابقة.
curation-next = الصفحة التالية
curation-previous = الصفحة السابقة
curation-page-of = الصفحة { $page } من { $pages }
curation-pages = صفحات القائمة
curation-filter = تصفية القائمة
curation-listing = في القائمة العامة
curation-listing-named = مذكورة بالاسم
curation-listing-anonymous = محتسبة دون ذكر الاسم
curation-per-page = العدد في كل صفحة
curation-showing = { $total ->
    [0] لا توجد توقيعات مطابقة.
    [zero] لا توجد توقيعات مطابقة.
    [one] توقيع واحد مطابق.
    [two] توقيعان مطابقان.
    [few] يُعرض { $shown } من أصل { $total } توقيعات مطابقة.
    [many] يُعرض { $shown } من أصل { $total } توقيعًا مطابقًا.
   *[other] يُعرض { $shown } من أصل { $total } توقيع مطابق.
  }
curation-select-page = تحديد كل التوقيعات في هذه الصفحة
curation-all-matching = كل التوقيعات المطابقة ({ $total })…
curation-all-matching-hint = من بين التوقيعات التي تطابقها عوامل التصفية في جميع الصفحات: يشمل الاعتماد التوقيعات المؤكَّدة التي بانتظار المراجعة؛ ويشمل الرفض كل توقيع معتمد أو لا يزال قيد الانتظار (باستثناء التوقيعات التي سحبها أصحابها أو التي دُمجت في توقيع آخر).
curation-approve-matching = اعتماد الكل ({ $total })
curation-reject-matching = رفض الكل ({ $total })
curation-correct = تصحيح
curation-save = حفظ
duplicates-title = تكرارات محتملة
duplicates-intro = إدخالات تبدو عائدة إلى الموقّع نفسه رغم اختلافها: الاسم نفسه مع فارق في اختصار أو في علامات الترقيم، أو تهجئة تختلف ببضعة أحرف، أو نطاق البريد الإلكتروني نفسه، أو الموقع الإلكتروني نفسه. لا يتغيّر شيء ما لم تدمجوها؛ والدمج يُبقي إدخالًا واحدًا في القائمة ويُكمل ما ينقصه من الإدخال الآخر.
duplicates-none = لا توجد تكرارات محتملة: لا يوجد إدخالان متشابهان.
duplicates-capped = لا يُعرض إلا أول 200 زوج؛ ادمجوا بعضها أو صحّحوه لعرض البقية.
duplicates-reason-same-name = الاسم نفسه
duplicates-reason-acronym = اختصار
duplicates-reason-spelling = تهجئة متقاربة
duplicates-reason-email-domain = نطاق البريد الإلكتروني نفسه
duplicates-reason-website = الموقع الإلكتروني نفسه
# Roles of the two entries of a pair.
duplicates-kept = يبقى في القائمة
duplicates-merged = يُدمَج في الإدخال الباقي
duplicates-what-changes = ما يغيّره الدمج:
# $name: the entry that leaves the list.
duplicates-leaves-list = يُزال الإدخال { $name } من القائمة (ويُوسَم بأنه مكرَّر، ولا يُبلَّغ الموقّع بذلك).
# $field: e.g. "Country"; $before and $after: its values.
duplicates-field-change = { $field }: { $before } → { $after }
duplicates-field-added = { $field }: { $after } (مأخوذ من الإدخال الآخر)
duplicates-kept-as-is = لا شيء غير ذلك: يبقى الإدخال { $name } على حاله.
duplicates-merge = دمج
duplicates-keep-other = الإبقاء على الإدخال الآخر بدلًا من ذلك
curation-approve-selected = اعتماد المحدَّد
curation-reject-selected = رفض المحدَّد
curation-approve = اعتماد
curation-reject = رفض
curation-choose-action = اختاروا إجراءً.
curation-would-duplicate = يوجد توقيع آخر على هذا البيان بالاسم والبلد نفسيهما (أو بعنوان البريد الإلكتروني نفسه). ادمجوهما بدلًا من ذلك.
curation-withdrawn = سحب صاحب التوقيع هذا التوقيع؛ فلا يمكن اعتماده باسمه.
curation-unconfirmed = لم يؤكّد صاحب التوقيع عنوان بريده الإلكتروني بعد: لا يُعتمد التوقيع إلا بعد تأكيده.
curation-matching-changed = تغيّرت القائمة منذ عرض الصفحة (توقيعات جديدة، أو قرارات اتخذها شخص آخر). راجعوها مجددًا قبل اتخاذ قرار بشأنها جميعًا.
curation-edit-title = تصحيح الإدخال العام
curation-public-name = الاسم كما يُنشر
# Translator's note: "qualifier" = التوصيف, the words printed after a signatory's name.
curation-qualifier = التوصيف
curation-qualifier-hint = يظهر بعد الاسم، مثلًا: «في إطار مرصد حماية المدافعين عن حقوق الإنسان».
curation-qualifier-too-long = يجب ألا يزيد التوصيف على 500 حرف.
curation-merge-title = تكرار لتوقيع آخر
curation-merge-intro = يَسِم هذا التوقيع بأنه مكرَّر: فيُزال من القائمة، ويُؤخذ منه ما ينقص التوقيع الآخر (البلد، والموقع الإلكتروني، والصفة، والتوصيف).
curation-merge-into = تكرارات محتملة
curation-no-candidates = لا يوجد توقيع آخر بهذا الاسم أو البريد الإلكتروني.
curation-merge = وسمه كمكرَّر ودمجه
sigstatus-unconfirmed = غير مؤكَّد
sigstatus-pending = بانتظار المراجعة
sigstatus-approved = معتمد
sigstatus-rejected = مرفوض
sigstatus-withdrawn = مسحوب
sigstatus-duplicate = مكرَّر
sigstatus-review = تكرار محتمل
curation-review-title = بانتظار مراجعتكم
curation-review-duplicate = أُكِّد هذا التوقيع بينما كان إدخال آخر يشغل مكان المنظمة نفسها أو عنوان البريد الإلكتروني نفسه، ولم يُبلَّغ الموقّع بذلك. وقد يكون تكرارًا لـ:
curation-review-identity = غيّر الموقّع الاسم أو البلد عبر رابطه الخاص. اعتمدوه إن كان الإدخال الجديد صحيحًا، أو ارفضوه.
curation-replace = استبدال ذلك الإدخال بهذا
overview-signature-list = قائمة التوقيعات
feed-title = البيانات المشتركة المنشورة
public-print = طباعة أو حفظ بصيغة PDF
# $to is whom the coordinators addressed it to, e.g. "Permanent Missions to the UN in Geneva"; $date a day.
public-delivered = أُرسل إلى { $to } ({ $n }) في { $date }.
public-delivered-unnamed = أُرسل إلى { $n ->
    [zero] { $n } جهة
    [one] جهة واحدة
    [two] جهتين
    [few] { $n } جهات
    [many] { $n } جهة
   *[other] { $n } جهة
  } في { $date }.
public-text = نص عادي
share-title = شارِك هذا البيان
share-link = رابط هذه الصفحة
share-copy = نسخ الرابط
share-copied = تم النسخ
share-email = عبر البريد الإلكتروني
share-mastodon-instance = خادم ماستودون الخاص بكم
share-mastodon = المشاركة على ماستودون
share-mastodon-invalid = يُرجى إدخال عنوان خادم ماستودون الخاص بكم، مثل mastodon.social.
share-private = لا تفتح هذه الروابط صفحة الشبكة إلا عند النقر عليها؛ ولا تُحمِّل هذه الصفحة أي شيء منها.
share-mastodon-go = المتابعة على { $host }
share-back = العودة إلى البيان
import-title = استيراد التوقيعات
import-intro = أضيفوا من ملف CSV توقيعات جُمعت بطرق أخرى (بالبريد الإلكتروني أو على الورق). تُضاف بوصفها معتمدة. يتضمّن الصف الأول أسماء الأعمدة، ومنها:
# Translator's note: column names and the values organisation/individual are typed in the file, so they stay in English.
import-hint = العمود "name" وحده إلزامي. البلد: رمز ISO مثل JP، أو INT أو REG. النوع: organisation (القيمة الافتراضية) أو individual. بترميز UTF-8، كما تحفظه جداول البيانات بصيغة "CSV UTF-8". للملفات الأكبر: استخدموا الأمر `undersigned import`.
import-file = ملف CSV
import-preview = التحقّق من الملف
import-problems = لا يمكن استيراد الملف بحالته الراهنة
# Translator's note: shown before a line number and as a column header.
import-line = السطر
import-again = اختيار ملف آخر
import-ready = { $n ->
    [zero] لا يوجد أي توقيع جاهز للاستيراد. لن يُحفظ أي شيء قبل أن تؤكّدوا.
    [one] توقيع واحد جاهز للاستيراد. لن يُحفظ أي شيء قبل أن تؤكّدوا.
    [two] توقيعان جاهزان للاستيراد. لن يُحفظ أي شيء قبل أن تؤكّدوا.
    [few] { $n } توقيعات جاهزة للاستيراد. لن يُحفظ أي شيء قبل أن تؤكّدوا.
    [many] { $n } توقيعًا جاهزًا للاستيراد. لن يُحفظ أي شيء قبل أن تؤكّدوا.
   *[other] { $n } توقيع جاهز للاستيراد. لن يُحفظ أي شيء قبل أن تؤكّدوا.
}
import-commit = { $n ->
    [zero] استيراد { $n } توقيع
    [one] استيراد توقيع واحد
    [two] استيراد توقيعين
    [few] استيراد { $n } توقيعات
    [many] استيراد { $n } توقيعًا
   *[other] استيراد { $n } توقيع
}
import-more = تُعرض هنا أول 500 صف فقط؛ لكن الصفوف كلها تُستورد.
import-too-big = حجم الملف يتجاوز 340 كيلوبايت؛ استخدموا الأمر `undersigned import` لاستيراده.
import-not-utf8 = الملف ليس نصًا بترميز UTF-8. احفظوه بصيغة "CSV UTF-8" وحاولوا مجددًا.
overview-import = استيراد
overview-circulation = التعميم
circulation-title = التعميم
circulation-intro = بعد نشر البيان، أرسلوه مع قائمة الموقّعين عليه إلى جميع من وقّعوا عليه، وأوصلوه إلى المرسَل إليهم. يتلقّى كل مستلِم رسالة خاصة به وحده: لا يرى أحد عنوان غيره.
circulation-not-published = لم يُنشر البيان بعد: يبدأ التعميم بعد نشره.
circulation-nobody = لا يوجد أحد لإرساله إليه.
circulation-note-too-long = الملاحظة طويلة جدًا (5000 حرف كحدّ أقصى).
circulation-again-confirm = سبق إرساله إليهم. أكّدوا لإرساله مرة ثانية.
circulation-again = نعم، إعادة إرساله إلى الجميع
circulation-signatories = الموقّعون
circulation-signatories-count = { $n ->
    [zero] لا يوجد موقّعون لديهم عنوان للتواصل
    [one] موقّع واحد لديه عنوان للتواصل
    [two] موقّعان لديهما عنوان للتواصل
    [few] { $n } موقّعين لديهم عنوان للتواصل
    [many] { $n } موقّعًا لديهم عنوان للتواصل
   *[other] { $n } موقّع لديهم عنوان للتواصل
  }
circulation-signatories-hint = كل توقيع معتمد، مذكورًا باسمه أو دون ذكر اسمه، باللغة التي كان صاحبه يتصفح بها الموقع. ولا يُرسَل شيء إلى أصحاب التوقيعات المرفوضة أو المسحوبة أو التي مُحيت بياناتها.
circulation-erased = مُحيت عناوين التواصل الخاصة بالموقّعين في { $date }: لم يعد من الممكن إرسال البيان إليهم.
circulation-sent-before = سبق إرسال البيان إلى الموقّعين عليه (انظروا التقرير أدناه).
circulation-note = ملاحظة فوق البيان
circulation-note-hint = نص عادي، يُرسَل إلى الجميع كما هو مكتوب.
circulation-preview = معاينة الرسائل
circulation-preview-title = الرسائل كما ستُرسَل
circulation-preview-intro = رسالة واحدة لكل لغة؛ يتلقّى كل مستلِم الرسالة بلغته، موجَّهةً إليه وحده.
circulation-preview-to = إلى (المستلِم الأول)
circulation-preview-subject = الموضوع
circulation-preview-attachment = المرفق
circulation-preview-attachment-size = (PDF، { $kb } ك.ب)
circulation-send = الإرسال إلى الجميع
circulation-deliver-now = الإرسال الآن
circulation-deliver-preview = معاينة الرسالة الموجَّهة إلى المرسَل إليهم
circulation-addressees = المرسَل إليهم
circulation-addressees-intro = الجهات التي تُوجَّه إليها الرسالة، مثل البعثات الدائمة لدى الأمم المتحدة في جنيف. في موعد الإرسال، وبعد نشر البيان، يرسل الخادم قيد التشغيل إلى كل جهة منها البيان النهائي مع قائمة الموقّعين عليه.
circulation-addressed-to = موجَّه إلى
circulation-addressed-to-hint = كما تذكرهم الصفحة العامة: «أُرسل إلى البعثات الدائمة لدى الأمم المتحدة في جنيف (47) في 10 فبراير 2025».
circulation-addressee-list = المرسَل إليهم (CSV)
circulation-addressee-list-hint = جهة واحدة في كل سطر: الاسم، ثم فاصلة لاتينية (,)، ثم عنوان البريد الإلكتروني. يُتجاهَل سطر أول بصيغة «الاسم,البريد الإلكتروني»؛ الصقوا المحتوى من جدول بيانات محفوظ بصيغة CSV.
circulation-reply-to = عنوان الرد
circulation-reply-to-hint = عنوان المنظمة المنسِّقة: إليه تصل الردود.
# $zone names the statement's time zone.
circulation-deliver-at = موعد الإرسال ({ $zone })
circulation-save-addressees = حفظ المرسَل إليهم
circulation-bad-reply-to = أدخلوا عنوان بريد إلكتروني صالحًا، أو اتركوا الحقل فارغًا.
circulation-bad-time = أدخلوا تاريخًا ووقتًا، أو اتركوا الحقل فارغًا.
circulation-time-past = هذا الوقت قد مضى: أدخلوا وقتًا قادمًا، أو اتركوا الحقل فارغًا.
circulation-bad-line = السطر { $line } ليس بالصيغة «الاسم, عنوان البريد الإلكتروني».
circulation-too-many = لا يجوز أن يزيد عدد المرسَل إليهم على 2000.
circulation-delivered = أُرسل في { $date }.
circulation-scheduled = { $n ->
    [zero] لن تتلقّاه أي جهة
    [one] ستتلقّاه جهة واحدة
    [two] ستتلقّاه جهتان
    [few] ستتلقّاه { $n } جهات
    [many] ستتلقّاه { $n } جهة
   *[other] ستتلقّاه { $n } جهة
  } في { $date } (بعد نشر البيان).
circulation-report = تقرير الإرسال
circulation-report-none = لم يُرسَل شيء بعد.
circulation-report-when = وقت الإدراج في قائمة الانتظار
circulation-report-to = إلى
circulation-report-recipients = عدد المستلِمين
circulation-report-sent = أُرسلت
circulation-report-pending = بانتظار الإرسال
circulation-report-failed = تعذّر تسليمها
circulation-report-interrupted = انقطع إرسالها
circulation-report-scheduled = في موعد الإرسال
circulation-audience-signatories = الموقّعون
circulation-audience-addressees = المرسَل إليهم
circulation-problems = رسائل لم تُسلَّم ({ $when })
circulation-interrupted = انقطع إرسالها: ربما وصلت، ولن يُعاد إرسالها ما لم تطلبوا ذلك
circulation-retry = إعادة إرسال هذه الرسائل
chart-per-day = التوقيعات في اليوم (UTC)
chart-by-country = التوقيعات حسب البلد
chart-max = أعلى عدد في يوم واحد: { $n }
chart-title = التوقيعات
chart-confirmed-only = التوقيعات المؤكَّدة فقط. { $unconfirmed ->
    [0] لا توجد توقيعات بانتظار التأكيد.
    [zero] لا توجد توقيعات بانتظار التأكيد.
    [one] ثمة توقيع آخر بانتظار تأكيد صاحبه.
    [two] ثمة توقيعان آخران بانتظار تأكيد صاحبَيهما.
    [few] ثمة { $unconfirmed } توقيعات أخرى بانتظار تأكيد أصحابها.
    [many] ثمة { $unconfirmed } توقيعًا آخر بانتظار تأكيد أصحابها.
   *[other] ثمة { $unconfirmed } توقيع آخر بانتظار تأكيد أصحابها.
  }
chart-total = المجموع التراكمي عبر الزمن (الأيام بتوقيت UTC)
chart-deadline = الموعد النهائي
chart-as-table = عرض في جدول
chart-day = اليوم
chart-day-count = التوقيعات
chart-running-total = المجموع التراكمي
chart-others = بلدان أخرى
chart-none = لا توجد توقيعات مؤكَّدة بعد: تبدأ الرسوم البيانية مع أول توقيع مؤكَّد.
curation-published = القائمة منشورة: لم يعد من الممكن تغيير من يرد فيها. (لا يزال بالإمكان تصحيح صياغة أي إدخال.)
