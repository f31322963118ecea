app-name = undersigned
skip-to-content = 跳至主要内容
nav-home = 首页
nav-languages = 语言
# Translator's note: "signer" (organisation or individual) = 签署方; "signatory" on the public list = 联署方.
footer-note = 签署方的联系方式绝不公开。
footer-source = 源代码：AGPL-3.0-or-later

source-title = 源代码
source-licence = 本网站运行的是 undersigned { $version }，这是依据 GNU Affero 通用公共许可证第 3 版或更高版本（AGPL-3.0-or-later）发布的自由软件。凡通过网络使用本网站者，均可获取其源代码，包括本网站所作的任何修改。
source-published = 本网站所运行版本的源代码：
source-unpublished = 本网站的运营方必须公开所运行版本的源代码，并在此处提供链接（SOURCE_URL 设置）；在此之前，请向运营方索取。

home-title = 联合声明
home-intro = 此处列出开放联署的声明和已发布的声明。
home-empty = 目前还没有公开的声明。

error-back-home = 返回首页
error-400-title = 无法理解该请求
error-403-title = 不允许执行此操作
error-403-text = 您无权执行此操作。
error-404-title = 未找到页面
error-404-text = 此地址下没有任何内容。请检查链接，或从首页开始浏览。
error-405-title = 不允许使用该方法
error-410-title = 已不再提供
error-413-title = 数据量过大
error-413-text = 您发送的内容超出了本网站可接受的大小。
error-422-title = 请检查您输入的内容
error-429-title = 尝试次数过多
error-500-title = 出现错误
error-500-text = 我们这边发生了意外错误。您输入的任何内容均未发布；请稍后重试。
error-503-title = 暂时无法使用
error-503-text = 服务目前无法连接数据库。请稍后重试。
csrf-failed = 由于安全令牌缺失或已过期，无法接受此表单。请返回上一页，重新加载页面后再次提交表单。（您的浏览器必须允许本网站的 Cookie。）

nav-workspace = 工作区
nav-dashboard = 控制面板
nav-new-statement = 新建声明
nav-audit = 审计日志
nav-signers = 签署方数据
nav-users = 账户
nav-teams = 团队
nav-sign-out = 退出登录

form-error-summary = 填写内容有误

notice-saved = 已保存。
notice-created = 已创建。
notice-opened = 声明已开放联署。
notice-closed = 联署已截止。
notice-reopened = 声明已重新开放联署。
notice-published = 声明已发布。
notice-archived = 声明已归档。
notice-amended = 文本已修订；修改内容已记入审计日志。
notice-password-changed = 您的密码已更改。在其他浏览器上登录您账户的会话均已退出。
notice-invited = 邀请已创建。
notice-disabled = 该账户已停用，其会话均已结束。
notice-enabled = 该账户已启用。
notice-mail-queued = 该邮件将重新发送。
notice-invitation-revoked = 邀请已撤销：其链接已失效。
notice-signed-in = 您已登录。
notice-signed-out = 您已退出登录。
notice-merged = 已合并：名单上只保留一个条目。
notice-queued = 邮件已进入发送队列；下方报告将跟踪其送达情况。
notice-again = 发送失败的邮件已重新进入发送队列。

field-email = 电子邮件地址
field-password = 密码
# Translator's note: used as a column header for people and organisations alike, hence 名称 rather than 姓名.
field-name = 名称
field-role = 角色
field-your-name = 您的姓名
field-new-password = 新密码
field-password-confirm = 再次输入新密码
field-current-password = 当前密码

login-title = 登录
login-submit = 登录
login-failed = 电子邮件地址或密码不正确。
login-disabled = 此账户已停用。请联系管理员启用。
# Translator's note: Chinese has no plural forms; the selector is collapsed.
login-locked = 登录失败次数过多。为保障您的安全，登录已暂停：请在 { $minutes } 分钟后重试。

password-hint = 至少 12 个字符。由几个互不相关的词组成的密码就很安全。
password-too-short = 密码至少须有 12 个字符。
password-too-long = 密码最多只能有 1024 个字符。
password-too-common = 此密码过于常见或过于简单；请另选一个。
password-is-email = 密码不得为您的电子邮件地址。
password-mismatch = 两次输入的密码不一致。
password-current-wrong = 当前密码不正确。
password-change-title = 更改密码
password-change-submit = 更改密码

account-title = 您的账户
account-name-required = 请输入您的姓名（最多 200 个字符）。
email-invalid = 请输入有效的电子邮件地址，例如 name@example.org。
email-taken = 已有账户使用此电子邮件地址。
role-invalid = 请选择一个角色。
role-admin = 管理员
role-coordinator = 协调人

setup-title = 创建首位管理员
setup-intro = 此链接仅可使用一次，有效期为一小时。您在此创建的账户将管理本服务器，并邀请协调人。
setup-submit = 创建管理员

link-gone-title = 此链接已失效
link-gone-text = 该链接已过期或已被使用。请索取新链接。

users-title = 账户
users-state = 状态
users-actions = 操作
users-active = 已启用
users-disabled = 已停用
users-disable = 停用
users-enable = 启用
invite-title = 邀请协调人
invitations-title = 待接受的邀请
# Column: when the invitation link stops working.
invitations-expires = 链接有效期至
invitations-revoke = 撤销
invite-intro = 您将获得一个链接，请将其发送给对方。该链接仅可使用一次，有效期为七天。
teams-title = 团队
teams-intro = 每份声明都属于一个团队。协调人只能查看和管理本团队的声明；管理员可以查看全部声明。邀请会注明新协调人加入的团队。
teams-statements = { $n ->
   *[other] { $n } 份声明
  }
teams-no-members = 该团队暂无成员。
teams-remove = 移出
teams-add = 加入团队
teams-add-submit = 加入
teams-rename = 名称
teams-rename-submit = 重命名
teams-new = 新建团队
teams-name = 团队名称
teams-create = 创建团队
team-name-invalid = 请填写团队名称（不超过 120 个字符）。
team-name-taken = 已有团队使用此名称。
invite-team-hint = 协调人加入的团队：他们只能看到该团队的声明。
invite-submit = 创建邀请
invited-title = 邀请已创建
invited-text = 请将此链接发送至 { $email }。该链接仅可使用一次，有效期为 { $days } 天。
invited-link = 邀请链接
invite-accept-title = 加入工作区
invite-accept-intro = 您受邀使用的地址为 { $email }。请设置他人可见的姓名，以及密码。
invite-accept-submit = 创建我的账户
error-409-title = 目前无法执行此操作

home-open = 开放联署
home-others = 已截止和已发布

status-draft = 草稿
status-open = 开放中
status-closed = 已截止
status-published = 已发布
status-archived = 已归档

# Translator's note: Chinese has no plural forms; the selectors are collapsed.
time-left-days = { $n } 天后截止
time-left-hours = { $n } 小时后截止
time-left-minutes = { $n } 分钟后截止

public-deadline = 联署截止时间：
public-closed = 联署已截止。
public-closed-on = 联署已于 { $when } 截止。
public-published-on = 发布于 { $date }。
public-closed-final = 联署方最终名单将在此发布。
public-amended = 文本已于 { $when } 修订。

preview-banner = 预览：公开页面将如此显示。
preview-back = 返回声明

dashboard-title = 声明
dashboard-status = 状态
dashboard-empty = 尚无声明。请创建第一份声明。
dashboard-no-deadline = 未设截止时间
count-approved = 已签名
count-pending = 待审核
count-unconfirmed = 未确认
count-rejected = 已拒绝
count-withdrawn = 已撤回
count-review = 可能重复
signers-title = 单个签署方的数据
signers-intro = 查找以同一电子邮件地址在任何声明上所作的全部签名，以答复签署方的请求：导出或删除这些数据。
signers-find = 查找
signers-found = 使用此地址所作的签名
signers-statement = 声明
signers-as = 签署身份
signers-erased-count = 已删除 { $n } 个签名的数据。
signers-none = 没有签名使用此地址（此前已删除的签名不再包含该地址）。
signers-export = 导出为 JSON
signers-erase-title = 删除
signers-erase-text = 删除上列每个签名的电子邮件地址、联系人、留言和网站，以及发送至此地址的电子邮件。尚未发布名单上的签名将被撤回；已发布的条目仍保留在名单上。
signers-erase-confirm = 我了解此操作无法撤销。
signers-erase = 删除该签署方的数据
signers-email-needed = 请输入签署方的电子邮件地址。
signers-confirm-needed = 请勾选方框以确认删除。
retention-title = 签署方的联系数据
retention-erased = 已于 { $date } 删除。公开名单保留。
retention-due = 将于 { $date } 删除（电子邮件、联系人姓名、留言、网站）；公开名单保留。
retention-later = 保留至发布后 { $days } 天，随后删除；公开名单保留。

field-title = 标题
field-slug = 网址
field-summary = 摘要
field-body = 正文
field-language = 文本语言
field-deadline = 截止时间
field-deadline-local = 日期和时间
field-timezone = 时区
field-who = 可联署者
field-allow-organisations = 组织
field-allow-individuals = 个人
field-settings = 设置
field-moderation = 每个签名须经审核后方可计入（审核）
field-public-list = 联署开放期间显示联署方名单
field-require-country = 签署方必须填写国家
field-grouping = 最终名单分组方式
field-note = 表单上方的说明
field-amend-reason = 修改文本的理由（记入审计日志）
grouping-none = 单一字母顺序名单
grouping-kind = 先列组织，后列个人
grouping-country = 按国家分组

slug-hint = 声明的网址为 /s/ 加上此处内容。可使用小写字母、数字和连字符。留空则根据标题自动生成。声明开放联署后不可更改。
summary-hint = 一两句话，显示在列表和链接预览中。
body-hint = Markdown：**粗体**、*斜体*、[链接](https://example.org)、列表、标题。
deadline-hint = 联署的最后时刻，以所选时区的当地时间为准。
note-hint = 例如：“我们无法接受对文本的修改。”

editor-new-title = 新建声明
editor-title = 编辑声明
editor-save = 保存
editor-preview = 预览
editor-cancel = 取消
editor-preview-title = 预览
editor-preview-hint = 尚未保存。公开页面将如此显示。
editor-preview-to-form = 返回表单
editor-frozen = 已有人联署此文本，因此无法再在此处编辑。
amend-link = 修订文本

statement-title-required = 请输入标题（最多 300 个字符）。
statement-slug-invalid = 请使用小写字母、数字和单个连字符（最多 80 个字符），例如 xiamen-anniversary-2025。
statement-slug-taken = 另一份声明已在使用此网址。请另选一个。
statement-team-needed = 请选择一个团队。
statement-slug-locked = 声明开放联署后，网址不可更改。
statement-summary-too-long = 摘要过长（最多 2,000 个字符）。
statement-body-too-long = 正文过长（最多 60,000 个字符）。
statement-note-too-long = 说明过长（最多 2,000 个字符）。
statement-language-invalid = 请从列表中选择一种语言。
statement-language-has-version = 本声明已有该语言的版本：请先删除该版本，或选择其他语言。
statement-grouping-invalid = 请从列表中选择一种分组方式。
statement-who-required = 请允许组织或个人联署，或两者均允许。
statement-text-frozen = 已有人联署此文本；如需修改，请使用“修订文本”，修改将被记录。
statement-deadline-future = 请先设置一个未来的截止时间。
statement-changed-meanwhile = 有人同时修改了此声明。请重新加载页面后重试。
deadline-bad-format = 请按 YYYY-MM-DDTHH:MM 格式输入日期和时间，例如 2025-02-07T23:59。
deadline-skipped = { $zone } 时区不存在 { $time } 这一时刻：因实行夏令时，时钟会跳过该小时。请选择其他时间。
timezone-unknown = 请从列表中选择时区。

refused-open = 只有草稿才能开放联署。
refused-close = 只有开放中的声明才能截止联署。
refused-reopen = 只有已截止的声明才能重新开放。
refused-publish = 声明须在联署截止后方可发布。
refused-archive = 开放中的声明须先截止联署，方可归档。
refused-amend = 已发布或已归档的文本不能再修订。
refused-version-archived = 已归档声明的版本不能再更改。
refused-version-delete = 已有联署：版本不能再删除，只能修订。

action-open = 开放联署
action-close = 立即截止联署
action-reopen = 重新开放并设置新的截止时间
action-publish = 发布最终名单
action-archive = 归档

overview-address = 公开网址
overview-signatures = 签名
overview-edit = 编辑
overview-preview = 预览
overview-lifecycle = 状态
versions-title = 语言版本
versions-translation = 开放联署后添加的译文
versions-view = 查看
versions-add = 添加语言版本
versions-add-submit = 添加
version-title = { $language }版本
version-intro = 同一份声明的其他语言版本。{ $original }原文仍为准；读者可在公开页面选择语言。
version-amend-intro = 已有联署：对本版本的任何修改均为修订，修订及其理由将记入审计日志。
version-save = 保存版本
version-delete = 删除此版本
version-back = 返回声明
overview-history = 历史记录

amend-title = 修订文本
amend-intro = 已有人联署此声明。仅在纠正错误时才应修订；修改内容及您的理由将被记录，公开页面也会注明文本的修订时间。
amend-submit = 修订文本
amend-reason-required = 请说明修改文本的理由：该理由将记入审计日志。

audit-who = 操作人
audit-statement = 声明
audit-details = 详情
audit-older = 较早的记录
audit-empty = 尚无任何记录。
audit-times-utc = 时间均为 UTC。
audit-filter = 筛选日志
audit-kind = 类型
audit-kind-statement = 声明
audit-kind-signature = 签名
audit-kind-signer = 签署方数据
audit-kind-account = 账户
audit-kind-team = 团队
audit-clear = 显示全部
overview-history-all = 此声明的完整历史记录
audit-a-signature = 一个签名
audit-actor-signer = 签署方
audit-actor-system = 系统
audit-actor-former = 一位前协调人
audit-did-other = { $who }：{ $action }
audit-did-statement-create = { $who } 创建了声明
audit-did-statement-edit = { $who } 编辑了声明
audit-did-statement-amend = { $who } 修订了已联署的文本
audit-did-statement-open = { $who } 将声明开放联署
audit-did-statement-close = { $who } 截止了声明联署
audit-did-statement-reopen = { $who } 重新开放了声明联署
audit-did-statement-publish = { $who } 发布了声明
audit-did-statement-archive = { $who } 归档了声明
audit-did-statement-export = { $who } 导出了名单（{ $format }）
# Translator's note: Chinese has no plural forms; the selectors are collapsed.
audit-did-statement-contact-erased = { $who } 删除了 { $count } 个签名的联系信息
audit-did-statement-version-save = { $who } 保存了{ $language }版本
audit-did-statement-version-amend = { $who } 修订了已联署的{ $language }版本
audit-did-statement-version-delete = { $who } 删除了{ $language }版本
audit-did-statement-addressees = { $who } 更改了收件方和发送时间
audit-did-statement-circulated = { $who } 向 { $count ->
   *[other] { $count } 个联署方
  }发送了最终声明
audit-did-statement-delivered = { $who } 向 { $count ->
   *[other] { $count } 个收件方
  }送交了声明
audit-did-statement-mailing-again = { $who } 将一次发送中的 { $count ->
   *[other] { $count } 封发送失败的邮件
  }重新放回发送队列
audit-did-signature-confirm = { $who } 确认了 { $signature }
audit-did-signature-approve = { $who } 批准了 { $signature }
audit-did-signature-reject = { $who } 拒绝了 { $signature }
audit-did-signature-edit = { $who } 更正了 { $signature }
audit-did-signature-replace = { $who } 以 { $signature } 替换了 { $other }
audit-did-signature-merge = { $who } 将 { $other } 合并到 { $signature }
audit-did-signature-withdraw = { $who } 撤回了 { $signature }
audit-did-signature-export = { $who } 下载了 { $signature } 的数据
audit-did-signature-erase = { $who } 删除了 { $signature } 的联系信息
audit-did-signature-email-again = { $who } 重新发送了 { $signature } 的确认邮件
audit-did-signature-duplicate-attempt = 有人试图以 { $signature } 的名义再次联署
audit-did-signature-look-alike-kept = { $who } 保留了 { $signature }，与看似相同的另一条目并存
audit-did-signature-import = { $who } 导入了 { $count } 个签名
audit-did-signer-export = { $who } 导出了一个签署方的数据（{ $count } 个签名）
audit-did-signer-erase = { $who } 删除了一个签署方的数据（{ $count } 个签名）
audit-did-account-sign-in = { $who } 登录
audit-did-account-setup = { $who } 创建了首个账户
audit-did-account-invite = { $who } 邀请了 { $email }
audit-did-account-invitation-revoke = { $who } 撤销了一项邀请
audit-did-account-accept-invitation = { $who } 接受了一项邀请
audit-did-account-enable = { $who } 启用了 { $email } 的账户
audit-did-account-disable = { $who } 停用了 { $email } 的账户
audit-did-account-create-cli = 已通过命令行为 { $email } 创建账户
audit-did-account-change-password = { $who } 更改了自己的密码
audit-did-team-create = { $who } 创建了一个团队
audit-did-team-rename = { $who } 重命名了一个团队
audit-did-team-member-add = { $who } 将一名成员加入了团队
audit-did-team-member-remove = { $who } 将一名成员移出了团队

country-international = 国际
country-regional = 区域
field-organiser = 组织方
field-team = 团队
team-hint = 由谁协调：该团队的成员可以查看和管理这份声明。
team-none = 您尚未加入任何团队：需由管理员将您加入团队后，才能创建声明。
organiser-hint = 协调该声明的联盟或组织，按公开页面上的显示方式填写。
statement-organiser-too-long = 组织方名称过长（最多 300 个字符）。
public-organiser = 协调方：{ $who }
statement-deadline-reopen = 联署已截止。如需设置新的截止时间，请在声明页面上使用“重新开放并设置新的截止时间”。

optional = 选填
# Translator's note: the [0] variant is kept; [one] and [other] are merged, as Chinese has no plural forms.
public-count = { $n ->
    [0] 尚无签名。
   *[other] 目前已有 { $n } 个签名。
}
public-count-closed = { $n ->
    [0] 没有签名。
   *[other] 共 { $n } 个签名。
}
version-read-in = 本声明的其他语言版本：
version-original = 原文
version-translation-note = 本译文在开放联署后添加：联署方签署的文本为{ $language }原文。
public-list-title = 联署方

sign-heading = 联署本声明
sign-kind-legend = 以何种身份联署？
sign-kind-organisation = 组织
sign-kind-individual = 我本人（以个人身份）
sign-name-organisation = 组织名称
sign-name-person = 您的姓名
sign-name-either = 组织名称或您的姓名
sign-title = 职衔或所属机构（个人）
sign-title-hint = 例如：日内瓦大学法学教授。
sign-country = 国家
sign-country-none = 无国家/未说明
sign-contact-name = 联系人（组织）
sign-private-hint = 保密：仅协调人可见。
sign-email = 电子邮件地址
sign-email-hint = 保密。我们将向此地址发送一个链接：您点击该链接后，签名方才计入。
sign-website = 网站
sign-listing-legend = 您希望如何列名？
sign-listing-public = 在名单上公开具名
sign-listing-anonymous = 计入但不具名
sign-message = 给协调人的留言
sign-honeypot = 请将此栏留空
sign-submit = 联署
sign-after = 联署后，您将收到一封电子邮件，其中包含一个确认链接，以及一个私人链接，供您在截止时间前更正或撤回签名。

sign-kind-required = 请选择联署身份。
sign-name-required = 请输入组织名称。
sign-name-too-short = 名称至少须有 2 个字符。
sign-name-too-long = 名称最多只能有 300 个字符。
sign-person-required = 请输入您的姓名。
sign-person-too-short = 您的姓名至少须有 2 个字符。
sign-person-too-long = 您的姓名最多只能有 200 个字符。
sign-title-too-long = 职衔最多只能有 300 个字符。
sign-contact-required = 请输入联系人姓名。
sign-contact-too-short = 联系人姓名至少须有 2 个字符。
sign-contact-too-long = 联系人姓名最多只能有 200 个字符。
sign-message-too-long = 留言最多只能有 2,000 个字符。
sign-forbidden-characters = 此处包含不可见字符或控制字符；请重新输入。
sign-no-letters = 名称必须包含文字，不能只有数字、标点或不可见字符。
sign-no-links = 名称、职衔和附注中不得包含网址或电子邮件地址。请在专用栏中填写网站；电子邮件地址将予保密。
sign-country-required = 请选择国家。
sign-country-invalid = 请从列表中选择国家。
sign-website-invalid = 请输入以 http:// 或 https:// 开头的网址，或将此栏留空。
sign-listing-required = 请选择列名方式。
sign-rate-limited = 过去一分钟内从您所在网络提交的签名过多。请等待一分钟后再次提交表单；您输入的内容已保留。
sign-link-gone-text = 此链接无效或已失效。如果您已联署，请查找与此有关的最新一封电子邮件。

thanks-title = 谢谢！还差一步
thanks-check-email = 我们已向您发送一封电子邮件。请点击其中的链接确认您的签名：签名须经确认后方可计入。
thanks-spam = 几分钟内仍未收到邮件？请查看垃圾邮件文件夹。

confirm-title = 确认您的签名
confirm-statement = 声明：
confirm-signer = 签署身份
confirm-listing = 列名方式
confirm-submit = 确认我的签名
confirm-done = 谢谢！您的签名已确认。
confirm-done-pending = 谢谢！您的签名已确认。每个签名均须经协调人审核后方可显示。
confirm-already = 此签名此前已确认。谢谢！
confirm-expired = 此确认链接已过期。请重新联署以获取新链接。
confirm-not-possible = 此签名已无法确认（签名已撤回，或最终名单已发布）。

manage-title = 您的签名
manage-save = 保存修改
manage-email-fixed = （如需使用其他地址，请撤回签名后重新联署）
manage-withdraw-title = 撤回
manage-withdraw-text = 您的名称将不会出现在名单上，也不会被计入。
manage-withdraw = 撤回我的签名
manage-withdraw-confirm = 是的，撤回我对本声明的签名
manage-withdraw-unconfirmed = 请勾选方框，确认您要撤回签名。
manage-withdrawn = 此签名已撤回。
manage-closed = 联署已截止，因此无法再在此处修改签名。如需更正，请致函协调人。
manage-data-title = 您的数据
manage-data-text = 下载与此签名有关的全部存储数据，或永久删除您的联系信息（电子邮件、联系人、留言、网站）。
manage-data-download = 下载我的数据（JSON）
manage-data-erase = 删除我的数据
erase-title = 删除您的数据
erase-what = 此操作将从此签名中删除您的电子邮件地址、联系人、留言和网站，以及就此发送的电子邮件。此链接随即失效。
erase-withdraws = 您的签名也将被撤回：它将从名单中移除，不再计入。
erase-published = 名单已发布：您的条目仍保留在名单上。如需从已发布名单中移除，请致函协调人。
erase-final = 此操作无法撤销。
erase-button = 删除我的数据
erase-cancel = 取消
erased-title = 您的数据已删除
erased-text = 您的联系信息已删除，您所使用的链接已失效。
erased-withdrawn = 您的签名已撤回。
erased-kept = 您的条目仍保留在已发布名单上；协调人可应要求将其移除。
notice-withdrawn = 您的签名已撤回。

email-hello-unnamed = 您好：
email-confirm-subject = 请确认您的签名：{ $title }
email-confirm-intro = 有人（很可能是您本人）使用您的电子邮件地址联署了以下声明：
email-confirm-signer = 签署身份：
email-confirm-action = 如需确认，请打开此链接并点击按钮：
email-manage = 如需在联署截止前更正或撤回签名
email-confirm-ignore = 如果您并未联署，请忽略此邮件：未经确认，任何内容都不会发布。
email-circulation-subject = 最终声明：{ $title }
email-circulation-intro = 感谢您的联署。本声明已连同联署方名单一并发布：
email-circulation-print = 可打印或另存为 PDF 的版本：
email-circulation-why = 您收到此邮件，是因为您联署了本声明。欢迎转发分享。
email-delivery-online = 声明及联署方名单的网上版本：

group-organisations = 组织
group-individuals = 个人
group-no-country = 未注明国家
# Translator's note: the program puts a space on each side of this word when joining the counts.
# Both counts of the final list: organisations, then individuals.
count-both = { $organisations }和{ $individuals }
count-none = 尚无联署方
# Translator's note: Chinese uses the figure, so only $n is used ($words would repeat it); the plural selector is collapsed.
count-organisations = { $n } 个组织
count-individuals = { $n } 名个人
count-anonymous-organisations = 另有 { $n } 个组织要求不具名
count-anonymous = 另有 { $n } 个联署方要求不具名

curation-title = 签名
curation-status = 状态
curation-kind = 类型
curation-all = 全部
curation-search = 名称或电子邮件包含
curation-apply = 显示
curation-received = 收到时间（UTC）
# Delivery of the latest email sent for this signature (the confirmation).
curation-mail = 发给签署方的邮件
curation-mail-sent = 已于 { $at } 发送
curation-mail-waiting = 等待发送
curation-mail-failing = 尚未送达；将再次尝试
curation-mail-refused = 被邮件服务器拒收；不再尝试
# Button: after the address or the mail server was fixed.
curation-mail-send-again = 重新发送
curation-mail-nothing-to-send = 没有可重新发送的被拒邮件。
curation-anonymous = 不具名
curation-empty = 没有符合条件的签名。
curation-next = 下一页
curation-previous = 上一页
curation-page-of = 第 { $page } 页，共 { $pages } 页
curation-pages = 名单分页
curation-filter = 筛选名单
curation-listing = 公开名单上
curation-listing-named = 公开具名
curation-listing-anonymous = 计入但不具名
curation-per-page = 每页
# Translator's note: the [0] variant is kept; [one] and [other] are merged, as Chinese has no plural forms.
curation-showing = { $total ->
    [0] 没有符合条件的签名。
   *[other] 共 { $total } 个签名符合条件，本页显示 { $shown } 个。
  }
curation-select-page = 选择本页所有签名
curation-all-matching = 全部 { $total } 个符合条件的签名…
curation-all-matching-hint = 在所有页面上符合筛选条件的签名中：批准适用于已确认且待审核的签名；拒绝适用于所有已批准或仍在等待的签名（已被签署方撤回或已被合并的签名除外）。
curation-approve-matching = 批准全部 { $total } 个
curation-reject-matching = 拒绝全部 { $total } 个
curation-correct = 更正
curation-save = 保存
duplicates-title = 可能重复的签名
duplicates-intro = 以下条目虽有差异，但看似属于同一签署方：名称相同（仅缩写或标点不同）、拼写相差几个字母、电子邮件域名相同、网站相同。合并前不会有任何改动；合并后名单上只保留一个条目，其所缺信息从另一条目补充。
duplicates-none = 没有可能重复的签名：没有相似的条目。
duplicates-capped = 仅显示前 200 对；合并或更正其中一部分后可查看其余各对。
duplicates-reason-same-name = 名称相同
duplicates-reason-acronym = 缩写
duplicates-reason-spelling = 拼写相近
duplicates-reason-email-domain = 邮件域名相同
duplicates-reason-website = 网站相同
# Roles of the two entries of a pair.
duplicates-kept = 保留在名单上
duplicates-merged = 并入保留的条目
duplicates-what-changes = 合并将带来以下变化：
# $name: the entry that leaves the list.
duplicates-leaves-list = “{ $name }”将从名单中移除（标记为重复；不会通知其签署方）。
# $field: e.g. "Country"; $before and $after: its values.
duplicates-field-change = { $field }：{ $before } → { $after }
duplicates-field-added = { $field }：{ $after }（取自另一条目）
duplicates-kept-as-is = 其他不变：“{ $name }”保持原样。
duplicates-merge = 合并
duplicates-keep-other = 改为保留另一条目
curation-approve-selected = 批准所选
curation-reject-selected = 拒绝所选
curation-approve = 批准
curation-reject = 拒绝
curation-choose-action = 请选择一项操作。
curation-would-duplicate = 此声明已有另一个签名使用相同的名称和国家（或相同的电子邮件地址）。请改为合并二者。
curation-withdrawn = 签署方已撤回此签名；不能以其名义批准。
curation-unconfirmed = 签署方尚未确认其电子邮件地址：签名须经确认后方可批准。
curation-matching-changed = 自页面显示以来，名单已有变化（有新的签名，或他人已作出决定）。请重新查看后再对全部签名作出决定。
curation-edit-title = 更正公开条目
curation-public-name = 公开显示的名称
# Translator's note: "qualifier" = 附注, the words printed after a signatory's name.
curation-qualifier = 附注
curation-qualifier-hint = 显示在名称之后，例如“在保护人权维护者观察站框架内”。
curation-qualifier-too-long = 附注最多只能有 500 个字符。
curation-merge-title = 与另一签名重复
curation-merge-intro = 将此签名标记为重复：它将从名单中移除，另一签名所缺的信息（国家、网站、职衔、附注）将从此签名中补充。
curation-merge-into = 可能重复的签名
curation-no-candidates = 没有其他签名使用此名称或电子邮件地址。
curation-merge = 标记为重复并合并
sigstatus-unconfirmed = 未确认
sigstatus-pending = 待审核
sigstatus-approved = 已批准
sigstatus-rejected = 已拒绝
sigstatus-withdrawn = 已撤回
sigstatus-duplicate = 重复
sigstatus-review = 可能重复
curation-review-title = 等待您审核
curation-review-duplicate = 确认此签名时，同一组织或电子邮件地址已有另一条目占位。系统未将此事告知签署方。此签名可能与以下条目重复：
curation-review-identity = 签署方已通过其私人链接更改了名称或国家。如新条目无误，请批准；否则请拒绝。
curation-replace = 以此条目替换该条目
overview-signature-list = 签名名单
feed-title = 已发布的联合声明
public-print = 打印或另存为 PDF
# $to is whom the coordinators addressed it to, e.g. "Permanent Missions to the UN in Geneva"; $date a day.
public-delivered = 已于 { $date } 发送至 { $to }（{ $n }）。
public-delivered-unnamed = 已于 { $date } 发送至 { $n ->
   *[other] { $n } 个收件方
  }。
public-text = 纯文本
share-title = 分享此声明
share-link = 本页链接
share-copy = 复制链接
share-copied = 已复制
share-email = 通过电子邮件
share-mastodon-instance = 您的 Mastodon 服务器
share-mastodon = 分享到 Mastodon
share-mastodon-invalid = 请输入您的 Mastodon 服务器地址，例如 mastodon.social。
share-private = 这些链接只有在您点击时才会打开相应网络的页面；本页面不会从这些网络加载任何内容。
share-mastodon-go = 前往 { $host }
share-back = 返回声明
import-title = 导入签名
import-intro = 从 CSV 文件添加通过其他渠道（电子邮件、纸质）收集的签名。这些签名将作为已批准签名添加。第一行为列名，可从以下列名中选用：
# Translator's note: column names and the values organisation/individual are typed in the file, so they stay in English.
import-hint = 只有“name”列为必填项。国家：ISO 代码，如 JP，或 INT、REG。类型：organisation（默认）或 individual。文件须为 UTF-8 编码，即电子表格另存为“CSV UTF-8”的格式。较大的文件请使用命令 `undersigned import`。
import-file = CSV 文件
import-preview = 检查文件
import-problems = 该文件无法按原样导入
# Translator's note: shown before a line number ("行号 3: …") and as a column header.
import-line = 行号
import-again = 选择其他文件
import-ready = 已有 { $n } 个签名可供导入。您确认之前，不会存储任何内容。
import-commit = 导入 { $n } 个签名
import-more = 此处仅显示前 500 行；所有行都将导入。
import-too-big = 文件大于 340 kB；请使用命令 `undersigned import` 导入。
import-not-utf8 = 该文件不是 UTF-8 文本。请将其另存为“CSV UTF-8”后重试。
overview-import = 导入
overview-circulation = 分发
circulation-title = 分发
circulation-intro = 声明发布后，请将声明连同联署方名单发送给每一位联署方，并送交收件方。每位收件人都会收到单独的邮件：任何人都看不到他人的地址。
circulation-not-published = 声明尚未发布：发布后方可分发。
circulation-nobody = 没有可发送的对象。
circulation-note-too-long = 附言过长（最多 5,000 个字符）。
circulation-again-confirm = 此前已向其发送过。请确认是否再次发送。
circulation-again = 是的，再次发送给所有人
circulation-signatories = 联署方
circulation-signatories-count = { $n ->
   *[other] { $n } 个联署方留有联系地址
  }
circulation-signatories-hint = 所有已批准的签名，无论是否具名，均以签署人浏览网站时所用的语言发送。已拒绝、已撤回和已删除的签名不会收到任何邮件。
circulation-erased = 签署方的联系地址已于 { $date } 删除：声明已无法再发送给他们。
circulation-sent-before = 声明此前已发送给联署方（见下方报告）。
circulation-note = 声明上方的附言
circulation-note-hint = 纯文本，按原样发送给所有人。
circulation-preview = 预览邮件
circulation-preview-title = 邮件的实际发送效果
circulation-preview-intro = 每种语言一封；每位收件人收到的邮件均使用其本人的语言，且只发给其本人。
circulation-preview-to = 收件人（第一位）
circulation-preview-subject = 主题
circulation-preview-attachment = 附件
circulation-preview-attachment-size = （PDF，{ $kb } KB）
circulation-send = 发送给所有人
circulation-deliver-now = 立即送交
circulation-deliver-preview = 预览致收件方的信函
circulation-addressees = 收件方
circulation-addressees-intro = 信函的收件方，例如各国常驻日内瓦联合国代表团。到达发送时间且声明已发布后，运行中的服务器会向每个收件方发送附有联署方名单的最终声明。
circulation-addressed-to = 收件方名称
circulation-addressed-to-hint = 公开页面将显示为：“已于 2025年2月10日 发送至 各国常驻日内瓦联合国代表团（47）。”
circulation-addressee-list = 收件方名单（CSV）
circulation-addressee-list-hint = 每行一个：名称,电子邮件地址（以半角逗号分隔）。首行若为“名称,电子邮件”将被跳过；可从另存为 CSV 的电子表格中粘贴。
circulation-reply-to = 回复地址
circulation-reply-to-hint = 协调组织的地址：回复将发送至此。
# $zone names the statement's time zone.
circulation-deliver-at = 发送时间（{ $zone }）
circulation-save-addressees = 保存收件方
circulation-bad-reply-to = 请输入有效的电子邮件地址，或留空。
circulation-bad-time = 请输入日期和时间，或留空。
circulation-time-past = 该时间已过：请填写将来的时间，或留空。
circulation-bad-line = 第 { $line } 行的格式不是“名称,电子邮件地址”。
circulation-too-many = 收件方最多 2,000 个。
circulation-delivered = 已于 { $date } 送交。
circulation-scheduled = { $n ->
   *[other] { $n } 个收件方
  }将于 { $date } 收到声明（须在声明发布后）。
circulation-report = 送达报告
circulation-report-none = 尚未发送任何邮件。
circulation-report-when = 排队时间
circulation-report-to = 发送对象
circulation-report-recipients = 收件人数
circulation-report-sent = 已发送
circulation-report-pending = 等待中
circulation-report-failed = 失败
circulation-report-interrupted = 已中断
circulation-report-scheduled = 预定发送时间
circulation-audience-signatories = 联署方
circulation-audience-addressees = 收件方
circulation-problems = 未送达的邮件（{ $when }）
circulation-interrupted = 发送过程中中断：邮件可能已送达，除非您要求，否则不会再次发送
circulation-retry = 重新发送这些邮件
chart-per-day = 每日联署数（UTC）
chart-by-country = 各国联署数
chart-max = 最高单日：{ $n }
chart-title = 联署统计
# Translator's note: the [0] variant is kept; [one] and [other] are merged, as Chinese has no plural forms.
chart-confirmed-only = 仅统计已确认的联署。{ $unconfirmed ->
    [0] 没有待确认的联署。
   *[other] 另有 { $unconfirmed } 项联署待签署方确认。
  }
chart-total = 累计联署数（按 UTC 日）
chart-deadline = 截止时间
chart-as-table = 以表格显示
chart-day = 日期
chart-day-count = 联署数
chart-running-total = 累计
chart-others = 其他国家
chart-none = 尚无已确认的联署：图表将从首个联署开始。
curation-published = 名单已发布：名单上的联署方不再变动。（仍可更正条目的文字表述。）
