app-name = undersigned
skip-to-content = Перейти к содержимому
nav-home = Главная
nav-languages = Язык
footer-note = Контактные данные подписантов никогда не публикуются.
footer-source = Исходный код: AGPL-3.0-or-later

source-title = Исходный код
source-licence = На этом сайте работает undersigned { $version } — свободное программное обеспечение, распространяемое на условиях GNU Affero General Public License версии 3 или более поздней (AGPL-3.0-or-later). Каждый, кто пользуется им через сеть, вправе получить его исходный код со всеми изменениями, внесёнными этим сайтом.
source-published = Исходный код версии, работающей на этом сайте:
source-unpublished = Тот, кто управляет этим сайтом, обязан опубликовать исходный код работающей на нём версии и разместить здесь ссылку на него (настройка SOURCE_URL); до тех пор запросите код у администраторов сайта.

home-title = Совместные заявления
home-intro = Здесь размещаются заявления, открытые для подписания, и опубликованные заявления.
home-empty = Публичных заявлений пока нет.

error-back-home = Вернуться на главную страницу
error-400-title = Не удалось обработать запрос
error-403-title = Доступ запрещён
error-403-text = У вас нет прав на это действие.
error-404-title = Страница не найдена
error-404-text = По этому адресу ничего нет. Проверьте ссылку или начните с главной страницы.
error-405-title = Метод не поддерживается
error-410-title = Больше недоступно
error-413-title = Слишком большой объём данных
error-413-text = Отправленные вами данные превышают объём, допустимый на этом сайте.
error-422-title = Проверьте введённые данные
error-429-title = Слишком много попыток
error-500-title = Что-то пошло не так
error-500-text = На нашей стороне произошла непредвиденная ошибка. Ничего из введённого вами не опубликовано; попробуйте ещё раз чуть позже.
error-503-title = Временно недоступно
error-503-text = Сервису сейчас не удаётся подключиться к базе данных. Попробуйте ещё раз чуть позже.
csrf-failed = Форма не принята: её токен безопасности отсутствует или устарел. Вернитесь назад, обновите страницу и отправьте форму ещё раз. (Ваш браузер должен разрешать файлы cookie с этого сайта.)

nav-workspace = Рабочее пространство
nav-dashboard = Панель управления
nav-new-statement = Новое заявление
nav-audit = Журнал аудита
nav-signers = Данные подписантов
nav-users = Учётные записи
nav-teams = Команды
nav-sign-out = Выйти

form-error-summary = В форме есть ошибки

notice-saved = Сохранено.
notice-created = Создано.
notice-opened = Заявление открыто для подписания.
notice-closed = Сбор подписей закрыт.
notice-reopened = Заявление снова открыто для подписания.
notice-published = Заявление опубликовано.
notice-archived = Заявление перенесено в архив.
# Translator's note: "amend" (a recorded change after people signed) = «внести изменения», distinct from "edit" = «редактировать».
notice-amended = В текст внесены изменения; они записаны в журнал аудита.
notice-password-changed = Ваш пароль изменён. В других браузерах, где был выполнен вход в вашу учётную запись, сеансы завершены.
notice-invited = Приглашение создано.
notice-disabled = Учётная запись отключена, её сеансы завершены.
notice-enabled = Учётная запись включена.
notice-mail-queued = Письмо будет отправлено повторно.
notice-invitation-revoked = Приглашение отозвано: ссылка в нём больше не действует.
notice-signed-in = Вы вошли в систему.
notice-signed-out = Вы вышли из системы.
notice-merged = Записи объединены: в списке осталась одна.
notice-queued = Письма поставлены в очередь; ход их доставки показан в отчёте ниже.
notice-again = Недоставленные письма снова поставлены в очередь.

field-email = Адрес электронной почты
field-password = Пароль
field-name = Имя
field-role = Роль
field-your-name = Ваше имя
field-new-password = Новый пароль
field-password-confirm = Повторите новый пароль
field-current-password = Текущий пароль

login-title = Вход
login-submit = Войти
login-failed = Неверный адрес электронной почты или пароль.
login-disabled = Эта учётная запись отключена. Попросите администратора включить её.
login-locked = Слишком много неудачных попыток входа. В целях безопасности вход приостановлен: попробуйте снова через { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}.

password-hint = Не менее 12 символов. Хороший пароль — несколько не связанных между собой слов.
password-too-short = Пароль должен содержать не менее 12 символов.
password-too-long = Пароль должен содержать не более 1024 символов.
password-too-common = Этот пароль слишком распространённый или слишком простой; выберите другой.
password-is-email = Пароль не должен совпадать с вашим адресом электронной почты.
password-mismatch = Пароли не совпадают.
password-current-wrong = Текущий пароль указан неверно.
password-change-title = Смена пароля
password-change-submit = Сменить пароль

account-title = Ваша учётная запись
account-name-required = Введите ваше имя (не более 200 символов).
email-invalid = Введите адрес электронной почты в формате name@example.org.
email-taken = Учётная запись с этим адресом электронной почты уже существует.
role-invalid = Выберите роль.
role-admin = Администратор
role-coordinator = Координатор

setup-title = Создание первого администратора
setup-intro = Эта ссылка срабатывает один раз и действует в течение часа. Создаваемая здесь учётная запись управляет этим сервером и приглашает координаторов.
setup-submit = Создать администратора

link-gone-title = Ссылка больше не действует
link-gone-text = Срок действия ссылки истёк, или она уже была использована. Запросите новую.

users-title = Учётные записи
users-state = Состояние
users-actions = Действия
users-active = Активна
users-disabled = Отключена
users-disable = Отключить
users-enable = Включить
invite-title = Пригласить координатора
invitations-title = Неиспользованные приглашения
# Column: when the invitation link stops working.
invitations-expires = Ссылка действует до
invitations-revoke = Отозвать
invite-intro = Вы получите ссылку, которую нужно отправить приглашённому. Она срабатывает один раз и действует семь дней.
teams-title = Команды
teams-intro = Каждое заявление принадлежит команде. Координаторы видят и ведут только заявления своих команд; администраторы видят все. В приглашении указывается команда, в которую войдёт приглашённый координатор.
teams-statements = { $n ->
    [one] { $n } заявление
    [few] { $n } заявления
    [many] { $n } заявлений
   *[other] { $n } заявления
  }
teams-no-members = В этой команде пока никого нет.
teams-remove = Исключить
teams-add = Добавить в команду
teams-add-submit = Добавить
teams-rename = Название
teams-rename-submit = Переименовать
teams-new = Новая команда
teams-name = Название команды
teams-create = Создать команду
team-name-invalid = Укажите название команды (не более 120 символов).
team-name-taken = Команда с таким названием уже есть.
invite-team-hint = Команда, в которую войдёт координатор: он будет видеть только её заявления.
invite-submit = Создать приглашение
invited-title = Приглашение создано
# Translator's note: plural select on $days added (the English has none); Russian needs день/дня/дней.
invited-text = Отправьте эту ссылку на адрес { $email }. Она срабатывает один раз и действует { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}.
invited-link = Ссылка-приглашение
invite-accept-title = Присоединение к рабочему пространству
invite-accept-intro = Вас пригласили по адресу { $email }. Укажите имя, под которым вас будут видеть другие, и придумайте пароль.
invite-accept-submit = Создать учётную запись
error-409-title = Сейчас это действие невозможно

home-open = Открыты для подписания
home-others = Закрытые и опубликованные

# Translator's note: neuter forms agree with «заявление».
status-draft = Черновик
status-open = Открыто
status-closed = Закрыто
status-published = Опубликовано
status-archived = В архиве

time-left-days = { $n ->
    [one] закрывается через { $n } день
    [few] закрывается через { $n } дня
    [many] закрывается через { $n } дней
   *[other] закрывается через { $n } дня
}
time-left-hours = { $n ->
    [one] закрывается через { $n } час
    [few] закрывается через { $n } часа
    [many] закрывается через { $n } часов
   *[other] закрывается через { $n } часа
}
time-left-minutes = { $n ->
    [one] закрывается через { $n } минуту
    [few] закрывается через { $n } минуты
    [many] закрывается через { $n } минут
   *[other] закрывается через { $n } минуты
}

public-deadline = Сбор подписей завершается:
public-closed = Сбор подписей закрыт.
# Translator's note: colon before the date, so the sentence reads correctly whatever the date format.
public-closed-on = Сбор подписей закрыт: { $when }.
public-published-on = Опубликовано { $date }.
public-closed-final = Окончательный список подписантов будет опубликован здесь.
public-amended = В текст внесены изменения: { $when }.

preview-banner = Предварительный просмотр: так выглядит публичная страница.
preview-back = Вернуться к заявлению

dashboard-title = Заявления
dashboard-status = Статус
dashboard-empty = Заявлений пока нет. Создайте первое.
dashboard-no-deadline = срок не установлен
count-approved = Подписали
count-pending = Ожидают проверки
count-unconfirmed = Не подтверждены
count-rejected = Отклонены
count-withdrawn = Отозваны
count-review = Возможные дубликаты
signers-title = Данные одного подписанта
signers-intro = Найдите все подписи, поставленные с одного адреса электронной почты под любыми заявлениями, чтобы выполнить запрос подписанта: выгрузить эти данные или удалить их.
signers-find = Найти
signers-found = Подписи, поставленные с этого адреса
signers-statement = Заявление
signers-as = От имени
signers-erased-count = { $n ->
    [one] Удалены данные { $n } подписи.
    [few] Удалены данные { $n } подписей.
    [many] Удалены данные { $n } подписей.
   *[other] Удалены данные { $n } подписи.
}
signers-none = С этим адресом не связана ни одна подпись (подписи, данные которых были удалены ранее, с ним больше не связаны).
signers-export = Экспорт в JSON
signers-erase-title = Удаление
signers-erase-text = Удаляет адрес электронной почты, контактное лицо, сообщение и веб-сайт во всех перечисленных выше подписях, а также письма, отправленные на этот адрес. Подписи в ещё не опубликованных списках отзываются; записи в опубликованных списках сохраняются.
signers-erase-confirm = Я понимаю, что это действие необратимо.
signers-erase = Удалить данные этого подписанта
signers-email-needed = Введите адрес электронной почты подписанта.
signers-confirm-needed = Поставьте отметку, чтобы подтвердить удаление.
retention-title = Контактные данные подписантов
retention-erased = Удалены { $date }. Публичный список сохраняется.
retention-due = Будут удалены { $date } (адреса электронной почты, имена контактных лиц, сообщения, веб-сайты); публичный список сохраняется.
retention-later = Хранятся { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} после публикации, затем удаляются; публичный список сохраняется.

field-title = Заголовок
field-slug = Веб-адрес
field-summary = Краткое описание
field-body = Текст
field-language = Язык текста
field-deadline = Срок
field-deadline-local = Дата и время
field-timezone = Часовой пояс
field-who = Кто может подписать
field-allow-organisations = Организации
# Translator's note: "individual" (signing in a personal capacity) = «частное лицо» throughout.
field-allow-individuals = Частные лица
field-settings = Настройки
field-moderation = Проверять каждую подпись, прежде чем она будет засчитана (модерация)
field-public-list = Показывать список подписантов, пока идёт сбор подписей
field-require-country = Подписанты обязаны указать страну
field-grouping = Группировка окончательного списка
field-note = Примечание над формой
field-amend-reason = Причина изменения текста (сохраняется в журнале аудита)
grouping-none = Единый список в алфавитном порядке
grouping-kind = Сначала организации, затем частные лица
grouping-country = По странам

# Translator's note: the address accepts ASCII only, hence «латинские».
slug-hint = Адрес заявления — /s/ и далее это значение. Строчные латинские буквы, цифры и дефисы. Оставьте поле пустым, чтобы адрес был составлен из заголовка. После открытия заявления для подписания адрес изменить нельзя.
summary-hint = Одно-два предложения; показывается в списках и при предпросмотре ссылок.
body-hint = Markdown: **полужирный**, *курсив*, [ссылки](https://example.org), списки, заголовки.
deadline-hint = Последний момент для подписания — по часам выбранного часового пояса.
note-hint = Например: «Правки к тексту не принимаются».

editor-new-title = Новое заявление
editor-title = Редактирование заявления
editor-save = Сохранить
editor-preview = Предварительный просмотр
editor-cancel = Отмена
editor-preview-title = Предварительный просмотр
editor-preview-hint = Ещё не сохранено. Так будет выглядеть публичная страница.
editor-preview-to-form = Вернуться к форме
editor-frozen = Этот текст уже подписали, поэтому редактировать его здесь больше нельзя.
amend-link = Внести изменения в текст

statement-title-required = Введите заголовок (не более 300 символов).
statement-slug-invalid = Используйте строчные латинские буквы, цифры и одиночные дефисы (не более 80 символов), например xiamen-anniversary-2025.
statement-slug-taken = Этот адрес уже занят другим заявлением. Выберите другой.
statement-team-needed = Выберите команду.
statement-slug-locked = После открытия заявления для подписания его адрес изменить нельзя.
statement-summary-too-long = Краткое описание слишком длинное (не более 2000 символов).
statement-body-too-long = Текст слишком длинный (не более 60 000 символов).
statement-note-too-long = Примечание слишком длинное (не более 2000 символов).
statement-language-invalid = Выберите язык из списка.
statement-language-has-version = У этого заявления уже есть версия на этом языке: сначала удалите её или выберите другой язык.
statement-grouping-invalid = Выберите вариант группировки из списка.
statement-who-required = Разрешите подписывать организациям, частным лицам или и тем и другим.
statement-text-frozen = Этот текст уже подписали; изменить его можно кнопкой «Внести изменения в текст» — изменение будет записано в журнал.
statement-deadline-future = Сначала установите срок в будущем.
statement-changed-meanwhile = Кто-то изменил это заявление одновременно с вами. Обновите страницу и попробуйте ещё раз.
# Translator's note: the format pattern YYYY-MM-DDTHH:MM is kept in Latin letters, as typed in the field.
deadline-bad-format = Введите дату и время в формате YYYY-MM-DDTHH:MM (год-месяц-деньTчасы:минуты), например 2025-02-07T23:59.
deadline-skipped = Времени { $time } в часовом поясе { $zone } не существует: при переходе на летнее время часы пропускают этот час. Выберите другое время.
timezone-unknown = Выберите часовой пояс из списка.

refused-open = Открыть для подписания можно только черновик.
refused-close = Закрыть можно только открытое заявление.
refused-reopen = Снова открыть можно только закрытое заявление.
refused-publish = Заявление можно опубликовать только после закрытия сбора подписей.
refused-archive = Прежде чем перенести открытое заявление в архив, его нужно закрыть.
refused-amend = В опубликованный или архивный текст больше нельзя вносить изменения.
refused-version-archived = Версии архивного заявления больше нельзя изменить.
refused-version-delete = Подписи уже собраны: версию нельзя удалить, можно только внести поправки.

action-open = Открыть для подписания
action-close = Закрыть сбор подписей сейчас
action-reopen = Открыть снова с новым сроком
action-publish = Опубликовать окончательный список
action-archive = Перенести в архив

overview-address = Публичный адрес
overview-signatures = Подписи
overview-edit = Редактировать
overview-preview = Предварительный просмотр
overview-lifecycle = Статус
versions-title = Языковые версии
versions-translation = перевод, добавленный после начала сбора подписей
versions-view = Открыть
versions-add = Добавить версию на языке
versions-add-submit = Добавить
version-title = Версия на языке: { $language }
version-intro = То же заявление на другом языке. Оригинал («{ $original }») остаётся основным текстом; читатели выбирают язык на публичной странице.
version-amend-intro = Подписи уже собраны: любое изменение этой версии — поправка, которая записывается вместе с причиной в журнал аудита.
version-save = Сохранить версию
version-delete = Удалить эту версию
version-back = Вернуться к заявлению
overview-history = История

amend-title = Внесение изменений в текст
amend-intro = Это заявление уже подписали. Вносите изменения только для исправления ошибок: изменение и его причина записываются, а на публичной странице будет указано, когда текст был изменён.
amend-submit = Внести изменения в текст
amend-reason-required = Укажите причину изменения текста: она сохраняется в журнале аудита.

audit-who = Кто
audit-statement = Заявление
audit-details = Подробности
audit-older = Более ранние записи
audit-empty = Записей пока нет.
audit-times-utc = Время указано в UTC.
audit-filter = Фильтр журнала
audit-kind = Тип
audit-kind-statement = Заявления
audit-kind-signature = Подписи
audit-kind-signer = Данные подписантов
audit-kind-account = Учётные записи
audit-kind-team = Команды
audit-clear = Показать всё
overview-history-all = Вся история этого заявления
# Translator's note: every message below puts the word «подпись» before $signature, so this stands
# for the missing name only: «одобрена подпись без имени».
audit-a-signature = без имени
audit-actor-signer = Подписант
audit-actor-system = Система
audit-actor-former = Бывший координатор
audit-did-other = { $who }: { $action }
# Translator's note: "{ $who }: …" with a passive form, so that no past-tense verb has to agree in gender with $who.
audit-did-statement-create = { $who }: создано заявление
audit-did-statement-edit = { $who }: заявление отредактировано
audit-did-statement-amend = { $who }: внесены изменения в подписанный текст
audit-did-statement-open = { $who }: заявление открыто для подписания
audit-did-statement-close = { $who }: сбор подписей закрыт
audit-did-statement-reopen = { $who }: заявление снова открыто для подписания
audit-did-statement-publish = { $who }: заявление опубликовано
audit-did-statement-archive = { $who }: заявление перенесено в архив
audit-did-statement-export = { $who }: выгружен список ({ $format })
audit-did-statement-contact-erased = { $who }: удалены контактные данные { $count ->
    [one] { $count } подписи
    [few] { $count } подписей
    [many] { $count } подписей
   *[other] { $count } подписи
  }
audit-did-statement-version-save = { $who }: сохранена версия на языке «{ $language }»
audit-did-statement-version-amend = { $who }: внесены изменения в подписанную версию на языке «{ $language }»
audit-did-statement-version-delete = { $who }: удалена версия на языке «{ $language }»
audit-did-statement-addressees = { $who }: изменены адресаты и время отправки
audit-did-statement-circulated = { $who }: итоговое заявление разослано { $count ->
    [one] { $count } подписанту
    [few] { $count } подписантам
    [many] { $count } подписантам
   *[other] { $count } подписанта
  }
audit-did-statement-delivered = { $who }: заявление направлено { $count ->
    [one] { $count } адресату
    [few] { $count } адресатам
    [many] { $count } адресатам
   *[other] { $count } адресата
  }
audit-did-statement-mailing-again = { $who }: { $count ->
    [one] { $count } недоставленное письмо рассылки снова поставлено
    [few] { $count } недоставленных письма рассылки снова поставлены
    [many] { $count } недоставленных писем рассылки снова поставлены
   *[other] { $count } недоставленного письма рассылки снова поставлены
  } в очередь
audit-did-signature-confirm = { $who }: подтверждена подпись { $signature }
audit-did-signature-approve = { $who }: одобрена подпись { $signature }
audit-did-signature-reject = { $who }: отклонена подпись { $signature }
audit-did-signature-edit = { $who }: исправлена подпись { $signature }
audit-did-signature-replace = { $who }: подпись { $signature } поставлена вместо записи { $other }
audit-did-signature-merge = { $who }: запись { $other } объединена с подписью { $signature }
audit-did-signature-withdraw = { $who }: отозвана подпись { $signature }
audit-did-signature-export = { $who }: скачаны данные подписи { $signature }
audit-did-signature-erase = { $who }: удалены контактные данные подписи { $signature }
audit-did-signature-email-again = { $who }: повторно отправлено письмо для подтверждения подписи { $signature }
audit-did-signature-duplicate-attempt = Кто-то пытался снова поставить подпись { $signature }
audit-did-signature-look-alike-kept = { $who }: подпись { $signature } оставлена рядом с записью, которая выглядит так же
audit-did-signature-import = { $who }: { $count ->
    [one] импортирована { $count } подпись
    [few] импортированы { $count } подписи
    [many] импортировано { $count } подписей
   *[other] импортировано { $count } подписи
  }
audit-did-signer-export = { $who }: выгружены данные подписанта ({ $count ->
    [one] { $count } подпись
    [few] { $count } подписи
    [many] { $count } подписей
   *[other] { $count } подписи
  })
audit-did-signer-erase = { $who }: удалены данные подписанта ({ $count ->
    [one] { $count } подпись
    [few] { $count } подписи
    [many] { $count } подписей
   *[other] { $count } подписи
  })
audit-did-account-sign-in = { $who }: вход в систему
audit-did-account-setup = { $who }: создана первая учётная запись
audit-did-account-invite = { $who }: создано приглашение по адресу { $email }
audit-did-account-invitation-revoke = { $who }: отозвано приглашение
audit-did-account-accept-invitation = { $who }: принято приглашение
audit-did-account-enable = { $who }: включена учётная запись { $email }
audit-did-account-disable = { $who }: отключена учётная запись { $email }
audit-did-account-create-cli = Из командной строки создана учётная запись для { $email }
audit-did-account-change-password = { $who }: изменён собственный пароль
audit-did-team-create = { $who }: создана команда
audit-did-team-rename = { $who }: команда переименована
audit-did-team-member-add = { $who }: в команду добавлен участник
audit-did-team-member-remove = { $who }: участник исключён из команды

# Translator's note: shown in the country list, as a group heading and as "Name (…)"; «… уровень» fits all three and both kinds of signer.
country-international = Международный уровень
country-regional = Региональный уровень
field-organiser = Организатор
field-team = Команда
team-hint = Кто координирует заявление: участники этой команды видят и ведут его.
team-none = Вы пока не входите ни в одну команду: администратор должен добавить вас в команду, прежде чем вы сможете создать заявление.
organiser-hint = Коалиция или организация, координирующая заявление, в том виде, в каком она будет указана на публичной странице.
statement-organiser-too-long = Название организатора слишком длинное (не более 300 символов).
public-organiser = Координатор: { $who }
statement-deadline-reopen = Сбор подписей закрыт. Чтобы установить новый срок, воспользуйтесь кнопкой «Открыть снова с новым сроком» на странице заявления.

optional = необязательно
public-count = { $n ->
    [0] Подписей пока нет.
    [one] Пока { $n } подпись.
    [few] Пока { $n } подписи.
    [many] Пока { $n } подписей.
   *[other] Пока { $n } подписи.
}
public-count-closed = { $n ->
    [0] Подписей нет.
    [one] { $n } подпись.
    [few] { $n } подписи.
    [many] { $n } подписей.
   *[other] { $n } подписи.
}
version-read-in = Это заявление на языках:
version-original = оригинал
version-translation-note = Этот перевод добавлен после начала сбора подписей: подписанный текст — оригинал на языке «{ $language }».
public-list-title = Подписанты

sign-heading = Подписать это заявление
sign-kind-legend = Кто подписывает?
sign-kind-organisation = Организация
sign-kind-individual = Я, в личном качестве
sign-name-organisation = Название организации
sign-name-person = Ваше имя
sign-name-either = Название организации или ваше имя
sign-title = Должность или место работы (для частных лиц)
sign-title-hint = Например: профессор права, Женевский университет.
sign-country = Страна
sign-country-none = Без страны / не указана
sign-contact-name = Контактное лицо (для организаций)
sign-private-hint = Конфиденциально: это видят только координаторы.
sign-email = Адрес электронной почты
sign-email-hint = Конфиденциально. Мы отправим на этот адрес ссылку: подпись будет засчитана, когда вы по ней перейдёте.
sign-website = Веб-сайт
sign-listing-legend = Как указать вас в списке?
# Translator's note: these two labels also appear after "Listed" on the confirmation page and in the email, so they are phrased as adverbial phrases; signers may be organisations (название) or people (имя).
sign-listing-public = С указанием имени или названия в публичном списке
sign-listing-anonymous = В общем числе, без указания имени или названия
sign-message = Сообщение координаторам
sign-honeypot = Оставьте это поле пустым
sign-submit = Подписать
sign-after = После подписания вы получите письмо со ссылкой для подтверждения, а также личную ссылку, по которой до окончания срока можно исправить или отозвать подпись.

sign-kind-required = Укажите, кто подписывает.
sign-name-required = Введите название организации.
sign-name-too-short = Название должно содержать не менее 2 символов.
sign-name-too-long = Название должно содержать не более 300 символов.
sign-person-required = Введите ваше имя.
sign-person-too-short = Имя должно содержать не менее 2 символов.
sign-person-too-long = Имя должно содержать не более 200 символов.
sign-title-too-long = Поле «Должность или место работы» должно содержать не более 300 символов.
sign-contact-required = Введите имя контактного лица.
sign-contact-too-short = Имя контактного лица должно содержать не менее 2 символов.
sign-contact-too-long = Имя контактного лица должно содержать не более 200 символов.
sign-message-too-long = Сообщение должно содержать не более 2000 символов.
sign-forbidden-characters = Текст содержит невидимые или управляющие символы; введите его заново.
sign-no-letters = Имя или название должно содержать буквы, а не только цифры, знаки препинания или невидимые символы.
sign-no-links = Имена, названия, должности и уточнения не могут содержать веб-адреса или адреса электронной почты. Укажите веб-сайт в отдельном поле; адреса электронной почты не публикуются.
sign-country-required = Выберите страну.
sign-country-invalid = Выберите страну из списка.
sign-website-invalid = Введите веб-адрес, начинающийся с http:// или https://, или оставьте поле пустым.
sign-listing-required = Выберите, как указать вас в списке.
sign-rate-limited = За последнюю минуту из вашей сети отправлено слишком много подписей. Подождите минуту и отправьте форму ещё раз; введённые данные сохранены.
sign-link-gone-text = Эта ссылка не работает или больше не действует. Если вы подписали заявление, найдите последнее письмо о вашей подписи.

thanks-title = Спасибо! Остался ещё один шаг
thanks-check-email = Мы отправили вам письмо. Перейдите по ссылке в нём, чтобы подтвердить подпись: она будет засчитана только после подтверждения.
thanks-spam = Письмо не пришло в течение нескольких минут? Проверьте папку «Спам».

confirm-title = Подтверждение подписи
confirm-statement = Заявление:
confirm-signer = От имени
confirm-listing = В списке
confirm-submit = Подтвердить подпись
confirm-done = Спасибо! Ваша подпись подтверждена.
confirm-done-pending = Спасибо! Ваша подпись подтверждена. Координаторы проверяют каждую подпись, прежде чем она появится в списке.
confirm-already = Эта подпись уже подтверждена. Спасибо!
confirm-expired = Срок действия этой ссылки для подтверждения истёк. Подпишите заявление снова, чтобы получить новую ссылку.
confirm-not-possible = Эту подпись больше нельзя подтвердить (она отозвана или окончательный список уже опубликован).

manage-title = Ваша подпись
manage-save = Сохранить изменения
manage-email-fixed = (чтобы использовать другой адрес, отзовите подпись и подпишите заявление заново)
manage-withdraw-title = Отзыв подписи
manage-withdraw-text = Ваше имя не появится в списке, и ваша подпись не будет учтена.
manage-withdraw = Отозвать мою подпись
manage-withdraw-confirm = Да, отозвать мою подпись под этим заявлением
manage-withdraw-unconfirmed = Отметьте флажок, чтобы подтвердить, что вы хотите отозвать подпись.
manage-withdrawn = Эта подпись отозвана.
manage-closed = Сбор подписей закрыт, поэтому изменить подпись здесь больше нельзя. Чтобы исправить её, напишите координаторам.
manage-data-title = Ваши данные
manage-data-text = Скачайте все данные, хранящиеся в связи с этой подписью, или безвозвратно удалите свои контактные данные (адрес электронной почты, контактное лицо, сообщение, веб-сайт).
manage-data-download = Скачать мои данные (JSON)
manage-data-erase = Удалить мои данные
erase-title = Удаление ваших данных
erase-what = Из этой подписи будут удалены ваш адрес электронной почты, контактное лицо, сообщение и веб-сайт, а также письма, отправленные в связи с ней. Эта ссылка перестанет действовать.
erase-withdraws = Ваша подпись также будет отозвана: она исчезнет из списка и больше не будет учитываться.
erase-published = Список опубликован: ваша запись в нём сохранится. Чтобы её удалили из опубликованного списка, напишите координаторам.
erase-final = Это действие необратимо.
erase-button = Удалить мои данные
erase-cancel = Отмена
erased-title = Ваши данные удалены
erased-text = Ваши контактные данные удалены, а ссылка, по которой вы перешли, больше не действует.
erased-withdrawn = Ваша подпись отозвана.
erased-kept = Ваша запись остаётся в опубликованном списке; координаторы могут удалить её по вашей просьбе.
notice-withdrawn = Ваша подпись отозвана.

email-hello-unnamed = Здравствуйте!
email-confirm-subject = Подтвердите, пожалуйста, подпись: { $title }
email-confirm-intro = Кто-то — вероятно, вы — подписал это заявление, указав ваш адрес электронной почты:
email-confirm-signer = От имени:
email-confirm-action = Чтобы подтвердить подпись, откройте эту ссылку и нажмите кнопку:
email-manage = Чтобы исправить или отозвать подпись до закрытия сбора подписей
email-confirm-ignore = Если вы не подписывали это заявление, просто проигнорируйте письмо: без подтверждения ничего не публикуется.
email-circulation-subject = Итоговое заявление: { $title }
email-circulation-intro = Спасибо, что подписали заявление. Оно опубликовано вместе со списком подписантов:
email-circulation-print = Версия для печати или сохранения в PDF:
email-circulation-why = Вы получили это письмо, потому что подписали это заявление. Будем рады, если вы поделитесь им.
email-delivery-online = Заявление и список подписантов на сайте:

group-organisations = Организации
group-individuals = Частные лица
group-no-country = Страна не указана
# Both counts of the final list: organisations, then individuals.
count-both = { $organisations } и { $individuals }
count-none = Подписантов пока нет
# Translator's note: only { $n } is used; $words would repeat the figure in Russian, so "(N)" is dropped.
count-organisations = { $n ->
    [one] { $n } организация
    [few] { $n } организации
    [many] { $n } организаций
   *[other] { $n } организации
}
# Translator's note: only { $n } is used, as above.
count-individuals = { $n ->
    [one] { $n } частное лицо
    [few] { $n } частных лица
    [many] { $n } частных лиц
   *[other] { $n } частного лица
}
count-anonymous-organisations = { $n ->
    [one] а также { $n } организация, попросившая не указывать её название
    [few] а также { $n } организации, попросившие не указывать их названия
    [many] а также { $n } организаций, попросивших не указывать их названия
   *[other] а также { $n } организации, попросивших не указывать их названия
}
count-anonymous = { $n ->
    [one] а также { $n } подписант, попросивший не называть его
    [few] а также { $n } подписанта, попросивших не называть их
    [many] а также { $n } подписантов, попросивших не называть их
   *[other] а также { $n } подписанта, попросивших не называть их
}

curation-title = Подписи
curation-status = Статус
curation-kind = Тип
curation-all = Все
curation-search = Имя, название или адрес содержит
curation-apply = Показать
curation-received = Получена (UTC)
# Delivery of the latest email sent for this signature (the confirmation).
curation-mail = Письмо подписанту
curation-mail-sent = Отправлено { $at }
curation-mail-waiting = Ожидает отправки
curation-mail-failing = Пока не доставлено; будет повторная попытка
curation-mail-refused = Отклонено почтовым сервером; повторных попыток не будет
# Button: after the address or the mail server was fixed.
curation-mail-send-again = Отправить повторно
curation-mail-nothing-to-send = Нет отклонённых писем для повторной отправки.
curation-anonymous = без указания имени/названия
curation-empty = Подходящих подписей нет.
curation-next = Следующая страница
curation-previous = Предыдущая страница
curation-page-of = Страница { $page } из { $pages }
curation-pages = Страницы списка
curation-filter = Фильтр списка
curation-listing = В публичном списке
curation-listing-named = С указанием имени или названия
curation-listing-anonymous = В общем числе, без указания имени
curation-per-page = На странице
# Translator's note: [1] is an exact match; [one] also covers 21, 31…, so it shows the numbers.
curation-showing = { $total ->
    [0] Подходящих подписей нет.
    [1] Подходит одна подпись.
    [one] Показано { $shown } из { $total } подходящей подписи.
    [few] Показано { $shown } из { $total } подходящих подписей.
    [many] Показано { $shown } из { $total } подходящих подписей.
   *[other] Показано { $shown } из { $total } подходящей подписи.
  }
curation-select-page = Выбрать все подписи на этой странице
curation-all-matching = Все подходящие ({ $total })…
curation-all-matching-hint = Среди подписей, отобранных фильтрами, на всех страницах: одобрение применяется к подтверждённым подписям, ожидающим проверки; отклонение — ко всем одобренным и ожидающим (кроме отозванных подписантами и объединённых с другими).
curation-approve-matching = Одобрить все ({ $total })
curation-reject-matching = Отклонить все ({ $total })
curation-correct = Исправить
curation-save = Сохранить
duplicates-title = Возможные дубликаты
duplicates-intro = Записи, которые различаются, но, похоже, относятся к одному и тому же подписанту: одинаковое имя или название с точностью до аббревиатуры или знаков препинания, написание, отличающееся на несколько букв, общий домен электронной почты, общий веб-сайт. Пока вы не объедините записи, ничего не меняется; при объединении в списке остаётся одна запись, а недостающие в ней сведения переносятся из другой.
duplicates-none = Возможных дубликатов нет: похожих записей не найдено.
duplicates-capped = Показаны только первые 200 пар; объедините или исправьте часть из них, чтобы увидеть остальные.
duplicates-reason-same-name = Совпадает имя или название
duplicates-reason-acronym = Аббревиатура
duplicates-reason-spelling = Похожее написание
duplicates-reason-email-domain = Совпадает домен электронной почты
duplicates-reason-website = Совпадает веб-сайт
# Roles of the two entries of a pair.
duplicates-kept = Остаётся в списке
duplicates-merged = Объединяется с сохраняемой записью
duplicates-what-changes = Что изменит объединение:
# $name: the entry that leaves the list.
duplicates-leaves-list = Запись «{ $name }» исчезает из списка (помечается как дубликат; подписанту об этом не сообщается).
# $field: e.g. "Country"; $before and $after: its values.
duplicates-field-change = { $field }: { $before } → { $after }
duplicates-field-added = { $field }: { $after } (из другой записи)
duplicates-kept-as-is = Больше ничего: запись «{ $name }» остаётся без изменений.
duplicates-merge = Объединить
duplicates-keep-other = Оставить вместо этого другую запись
curation-approve-selected = Одобрить выбранные
curation-reject-selected = Отклонить выбранные
curation-approve = Одобрить
curation-reject = Отклонить
curation-choose-action = Выберите действие.
curation-would-duplicate = Под этим заявлением уже есть подпись с таким же именем и страной (или с таким же адресом электронной почты). Вместо этого объедините их.
curation-withdrawn = Подписант отозвал эту подпись; одобрить её от его имени нельзя.
curation-unconfirmed = Подписант ещё не подтвердил свой адрес электронной почты: подпись можно одобрить только после подтверждения.
curation-matching-changed = Список изменился с момента показа страницы (новые подписи или решения, принятые кем-то другим). Просмотрите его ещё раз, прежде чем принимать решение сразу по всем.
curation-edit-title = Исправление публичной записи
curation-public-name = Имя или название в публикации
curation-qualifier = Уточнение
# Translator's note: established Russian name of the FIDH–OMCT programme.
curation-qualifier-hint = Показывается после имени, например: «в рамках Обсерватории по защите правозащитников».
curation-qualifier-too-long = Уточнение должно содержать не более 500 символов.
curation-merge-title = Дубликат другой подписи
curation-merge-intro = Помечает эту подпись как дубликат: она исчезает из списка, а сведения, которых нет в другой подписи (страна, веб-сайт, должность, уточнение), переносятся из неё.
curation-merge-into = Возможные дубликаты
curation-no-candidates = Других подписей с таким именем или адресом электронной почты нет.
curation-merge = Пометить как дубликат и объединить
sigstatus-unconfirmed = Не подтверждена
sigstatus-pending = Ожидает проверки
sigstatus-approved = Одобрена
sigstatus-rejected = Отклонена
sigstatus-withdrawn = Отозвана
sigstatus-duplicate = Дубликат
sigstatus-review = Возможный дубликат
curation-review-title = Ожидает вашей проверки
curation-review-duplicate = Подпись подтверждена, когда место той же организации или того же адреса электронной почты уже занимала другая запись. Подписанту об этом ничего не сообщалось. Возможно, это дубликат записи:
curation-review-identity = Подписант изменил имя или страну по своей личной ссылке. Одобрите запись, если новые данные верны, или отклоните её.
curation-replace = Заменить ту запись этой
overview-signature-list = Список подписей
feed-title = Опубликованные совместные заявления
public-print = Распечатать или сохранить в PDF
# $to is whom the coordinators addressed it to, e.g. "Permanent Missions to the UN in Geneva"; $date a day.
public-delivered = Направлено { $date }. Адресаты: { $to } ({ $n }).
public-delivered-unnamed = Направлено { $n ->
    [one] { $n } адресату
    [few] { $n } адресатам
    [many] { $n } адресатам
   *[other] { $n } адресата
  } { $date }.
public-text = Текстовая версия
share-title = Поделиться заявлением
share-link = Ссылка на эту страницу
share-copy = Скопировать ссылку
share-copied = Скопировано
share-email = По электронной почте
share-mastodon-instance = Ваш сервер Mastodon
share-mastodon = Поделиться в Mastodon
share-mastodon-invalid = Укажите адрес вашего сервера Mastodon, например mastodon.social.
share-private = Эти ссылки открывают страницу сети только после нажатия; эта страница ничего с них не загружает.
share-mastodon-go = Перейти на { $host }
share-back = Вернуться к заявлению
import-title = Импорт подписей
import-intro = Добавьте из файла CSV подписи, собранные другими способами (по электронной почте, на бумаге). Они добавляются как одобренные. В первой строке указываются названия столбцов из следующего списка:
# Translator's note: column names and the values organisation/individual are typed in the CSV file, so they stay in English.
import-hint = Обязателен только столбец «name». Страна (country): код ISO, например JP, либо INT или REG. Тип (kind): organisation (по умолчанию) или individual. Кодировка UTF-8 — в электронных таблицах это формат «CSV UTF-8». Для файлов большего размера используйте команду `undersigned import`.
import-file = Файл CSV
import-preview = Проверить файл
import-problems = Импортировать файл в таком виде невозможно
import-line = Строка
import-again = Выбрать другой файл
import-ready = { $n ->
    [one] К импорту готова { $n } подпись. Ничего не сохраняется, пока вы не подтвердите импорт.
    [few] К импорту готовы { $n } подписи. Ничего не сохраняется, пока вы не подтвердите импорт.
    [many] К импорту готово { $n } подписей. Ничего не сохраняется, пока вы не подтвердите импорт.
   *[other] К импорту готово { $n } подписи. Ничего не сохраняется, пока вы не подтвердите импорт.
}
import-commit = { $n ->
    [one] Импортировать { $n } подпись
    [few] Импортировать { $n } подписи
    [many] Импортировать { $n } подписей
   *[other] Импортировать { $n } подписи
}
import-more = Здесь показаны только первые 500 строк; импортированы будут все.
import-too-big = Файл больше 340 КБ; для него используйте команду `undersigned import`.
import-not-utf8 = Файл не является текстом в кодировке UTF-8. Сохраните его в формате «CSV UTF-8» и попробуйте снова.
overview-import = Импорт
overview-circulation = Рассылка
circulation-title = Рассылка
circulation-intro = После публикации заявления разошлите его вместе со списком подписантов всем, кто его подписал, и направьте адресатам. Каждому получателю приходит отдельное письмо: никто не видит чужих адресов.
circulation-not-published = Заявление ещё не опубликовано: рассылка станет доступна после публикации.
circulation-nobody = Отправлять некому.
circulation-note-too-long = Примечание слишком длинное (не более 5000 символов).
circulation-again-confirm = Им уже отправляли это заявление. Подтвердите, чтобы отправить его повторно.
circulation-again = Да, отправить всем ещё раз
circulation-signatories = Подписанты
circulation-signatories-count = { $n ->
    [one] { $n } подписант с контактным адресом
    [few] { $n } подписанта с контактным адресом
    [many] { $n } подписантов с контактным адресом
   *[other] { $n } подписанта с контактным адресом
  }
circulation-signatories-hint = Все одобренные подписи — с указанием имени или без — на том языке, на котором подписант читал сайт. По отклонённым, отозванным и удалённым подписям ничего не отправляется.
circulation-erased = Контактные адреса подписантов удалены { $date }: отправить им заявление больше нельзя.
circulation-sent-before = Заявление уже разослано подписантам (см. отчёт ниже).
circulation-note = Примечание над заявлением
circulation-note-hint = Простой текст; отправляется всем в том виде, в каком написан.
circulation-preview = Предварительный просмотр писем
circulation-preview-title = Письма в том виде, в каком они будут отправлены
circulation-preview-intro = По одному на каждый язык; каждому получателю приходит письмо на его языке, адресованное лично ему.
circulation-preview-to = Кому (первый получатель)
circulation-preview-subject = Тема
circulation-preview-attachment = Вложение
circulation-preview-attachment-size = (PDF, { $kb } КБ)
circulation-send = Отправить всем
circulation-deliver-now = Направить сейчас
circulation-deliver-preview = Предварительный просмотр письма адресатам
circulation-addressees = Адресаты
circulation-addressees-intro = Кому адресовано письмо, например постоянным представительствам при ООН в Женеве. В назначенное время, после публикации заявления, работающий сервер отправит каждому адресату итоговое заявление со списком подписантов.
circulation-addressed-to = Кому адресовано
circulation-addressed-to-hint = Так их назовёт публичная страница: «Направлено 10 февраля 2025. Адресаты: постоянные представительства при ООН в Женеве (47)».
circulation-addressee-list = Адресаты (CSV)
circulation-addressee-list-hint = По одному в строке: имя или название, адрес электронной почты. Первая строка вида «имя,почта» пропускается; вставьте данные из электронной таблицы, сохранённой в формате CSV.
circulation-reply-to = Адрес для ответов
circulation-reply-to-hint = Адрес организации-координатора: ответы будут приходить на него.
# $zone names the statement's time zone.
circulation-deliver-at = Время отправки ({ $zone })
circulation-save-addressees = Сохранить адресатов
circulation-bad-reply-to = Укажите действительный адрес электронной почты или оставьте поле пустым.
circulation-bad-time = Укажите дату и время или оставьте поле пустым.
circulation-time-past = Это время уже прошло: укажите будущее время или оставьте поле пустым.
circulation-bad-line = Строка { $line } не соответствует формату «имя, адрес электронной почты».
circulation-too-many = Не более 2000 адресатов.
circulation-delivered = Направлено { $date }.
circulation-scheduled = { $n ->
    [one] { $n } адресат получит его
    [few] { $n } адресата получат его
    [many] { $n } адресатов получат его
   *[other] { $n } адресата получат его
  } { $date } (после публикации).
circulation-report = Отчёт о доставке
circulation-report-none = Пока ничего не отправлено.
circulation-report-when = Поставлено в очередь
circulation-report-to = Кому
circulation-report-recipients = Получателей
circulation-report-sent = Отправлено
circulation-report-pending = Ожидает
circulation-report-failed = Не доставлено
circulation-report-interrupted = Прервано
circulation-report-scheduled = в назначенное время
circulation-audience-signatories = Подписанты
circulation-audience-addressees = Адресаты
circulation-problems = Недоставленные письма ({ $when })
circulation-interrupted = отправка прервана: письмо, возможно, дошло и не будет отправлено повторно, если вы об этом не попросите
circulation-retry = Отправить эти письма повторно
chart-per-day = Подписи по дням (UTC)
chart-by-country = Подписи по странам
chart-max = Максимум за день: { $n }
chart-title = Подписи
# Translator's note: [1] is an exact match; [one] also covers 21, 31…, so it shows the number.
chart-confirmed-only = Только подтверждённые подписи. { $unconfirmed ->
    [0] Ожидающих подтверждения нет.
    [1] Ещё одна подпись ждёт подтверждения от подписанта.
    [one] Ещё { $unconfirmed } подпись ждёт подтверждения от подписантов.
    [few] Ещё { $unconfirmed } подписи ждут подтверждения от подписантов.
    [many] Ещё { $unconfirmed } подписей ждут подтверждения от подписантов.
   *[other] Ещё { $unconfirmed } подписи ждут подтверждения от подписантов.
  }
chart-total = Нарастающий итог (по дням UTC)
chart-deadline = Срок
chart-as-table = Показать в виде таблицы
chart-day = День
chart-day-count = Подписи
chart-running-total = Всего
chart-others = Другие страны
chart-none = Подтверждённых подписей пока нет: графики начнутся с первой.
curation-published = Список опубликован: его состав больше не меняется. (Исправлять то, как выглядит запись, по-прежнему можно.)
