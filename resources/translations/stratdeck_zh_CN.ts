<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Canvases</name>
    <message>
        <location filename="../../app/views/canvases.py" line="17"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="18"/>
        <source>Deck</source>
        <translation>演示文稿</translation>
    </message>
</context>
<context>
    <name>DeckPreview</name>
    <message>
        <location filename="../../app/views/deck_preview.py" line="58"/>
        <source>Refresh preview</source>
        <translation>刷新预览</translation>
    </message>
    <message>
        <location filename="../../app/views/deck_preview.py" line="60"/>
        <source>Present</source>
        <translation>放映</translation>
    </message>
    <message>
        <location filename="../../app/views/deck_preview.py" line="62"/>
        <source>The preview is built when you open this page.</source>
        <translation>打开此页面时生成预览。</translation>
    </message>
    <message>
        <location filename="../../app/views/deck_preview.py" line="91"/>
        <source>Rendering the deck…</source>
        <translation>正在生成演示文稿…</translation>
    </message>
    <message>
        <location filename="../../app/views/deck_preview.py" line="100"/>
        <source>Rendering slide {done} of {total}…</source>
        <translation>正在生成第 {done} 张，共 {total} 张幻灯片…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/deck_preview.py" line="108"/>
        <source>%n slides, as they will be exported.</source>
        <translation>
            <numerusform>共 %n 张幻灯片，与导出结果一致。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/views/deck_preview.py" line="145"/>
        <source>The plan has changed since this preview. Refresh to update it.</source>
        <translation>生成此预览后营销计划已有改动，请刷新以更新。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/views/dialogs.py" line="12"/>
        <source>Stratdeck plans (*.stratdeck)</source>
        <translation>Stratdeck 营销计划 (*.stratdeck)</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="18"/>
        <source>Open plan</source>
        <translation>打开营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="35"/>
        <source>Choose logo</source>
        <translation>选择标志图片</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="37"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="45"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="53"/>
        <source>Plan in use</source>
        <translation>营销计划正在使用中</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="55"/>
        <source>Open it read-only?</source>
        <translation>以只读方式打开？</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="57"/>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
</context>
<context>
    <name>ErrorReporting</name>
    <message>
        <location filename="../../app/views/error_reporting.py" line="53"/>
        <source>Something went wrong: %s</source>
        <translation>出现了意外错误：%s</translation>
    </message>
    <message>
        <location filename="../../app/views/error_reporting.py" line="55"/>
        <source>Your plan is safe: every edit made before this was already saved.</source>
        <translation>您的营销计划是安全的：此前的每一次编辑都已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/error_reporting.py" line="58"/>
        <source>Details were written to the log: %s</source>
        <translation>详细信息已写入日志：%s</translation>
    </message>
</context>
<context>
    <name>ExportDeckDialog</name>
    <message>
        <location filename="../../app/views/export_dialog.py" line="31"/>
        <location filename="../../app/views/export_dialog.py" line="81"/>
        <source>Export deck</source>
        <translation>导出演示文稿</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="36"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="46"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="58"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="59"/>
        <source>Password (optional)</source>
        <translation>密码（可选）</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="60"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="68"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="81"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="94"/>
        <source>Choose where to save the deck.</source>
        <translation>请选择演示文稿的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="96"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="98"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../app/views/export_dialog.py" line="101"/>
        <source>Rendering…</source>
        <translation>正在生成…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/views/export_dialog.py" line="122"/>
        <source>Saved %s (%n slides).</source>
        <translation>
            <numerusform>已保存 %s（%n 张幻灯片）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="64"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="65"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="66"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="67"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="69"/>
        <source>Open &amp;Sample Plan</source>
        <translation>打开示例营销计划(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="72"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="75"/>
        <source>&amp;Duplicate…</source>
        <translation>创建副本(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="78"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="81"/>
        <source>&amp;Export Deck (PDF)…</source>
        <translation>导出演示文稿 (PDF)(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="84"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="88"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="98"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="100"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="102"/>
        <source>&amp;Present Deck</source>
        <translation>放映演示文稿(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="104"/>
        <source>Present &amp;On</source>
        <translation>放映到(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="107"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="108"/>
        <source>&amp;About Stratdeck</source>
        <translation>关于 Stratdeck(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="179"/>
        <source>Screen {number}: {name} ({w}×{h})</source>
        <translation>屏幕 {number}：{name}（{w}×{h}）</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="192"/>
        <source>No recent plans</source>
        <translation>没有最近打开的营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="199"/>
        <source>About Stratdeck</source>
        <translation>关于 Stratdeck</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="199"/>
        <source>Stratdeck %s</source>
        <translation>Stratdeck %s</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="199"/>
        <source>Log: %s</source>
        <translation>日志：%s</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="266"/>
        <source> [read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="269"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="269"/>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="284"/>
        <source>Saved %s</source>
        <translation>已保存 %s</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="300"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="301"/>
        <source>Change not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="308"/>
        <source>Stratdeck did not close normally last time. Your plan “{name}” has been reopened; every edit made before that was already saved.</source>
        <translation>Stratdeck 上次未正常关闭。已重新打开您的营销计划“{name}”；此前的每一次编辑都已保存。</translation>
    </message>
    <message>
        <location filename="../../app/views/main_window.py" line="312"/>
        <source>Plan reopened</source>
        <translation>已重新打开营销计划</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../app/views/new_plan_dialog.py" line="30"/>
        <source>New plan</source>
        <translation>新建营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/new_plan_dialog.py" line="45"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../../app/views/new_plan_dialog.py" line="47"/>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <location filename="../../app/views/new_plan_dialog.py" line="52"/>
        <source>Start from</source>
        <translation>从以下模板开始</translation>
    </message>
    <message>
        <location filename="../../app/views/new_plan_dialog.py" line="65"/>
        <source>Blank plan</source>
        <translation>空白营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/new_plan_dialog.py" line="65"/>
        <source>An empty plan: fill in every canvas yourself.</source>
        <translation>空白的营销计划：所有画布由您自行填写。</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <location filename="../../app/views/objectives_model.py" line="26"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/views/objectives_model.py" line="26"/>
        <source>Metric</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <location filename="../../app/views/objectives_model.py" line="26"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>ObjectivesPanel</name>
    <message>
        <location filename="../../app/views/objectives_panel.py" line="30"/>
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../app/views/objectives_panel.py" line="31"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/views/objectives_panel.py" line="32"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/views/objectives_panel.py" line="33"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>OverviewCommands</name>
    <message>
        <location filename="../../app/views/overview_commands.py" line="21"/>
        <source>Edit %s</source>
        <translation>编辑%s</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_commands.py" line="48"/>
        <source>Change logo</source>
        <translation>更换标志</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_commands.py" line="50"/>
        <source>Remove logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_commands.py" line="65"/>
        <source>Add objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_commands.py" line="81"/>
        <source>Delete objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_commands.py" line="96"/>
        <source>Move objective</source>
        <translation>移动目标</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_commands.py" line="110"/>
        <source>Edit objective</source>
        <translation>编辑目标</translation>
    </message>
</context>
<context>
    <name>OverviewEditor</name>
    <message>
        <location filename="../../app/views/overview_editor.py" line="58"/>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="62"/>
        <source>Market context</source>
        <translation>市场背景</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="75"/>
        <source>This plan is open read-only.</source>
        <translation>此营销计划以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="79"/>
        <source>Plan</source>
        <translation>营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="81"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="82"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="83"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="90"/>
        <source>Period</source>
        <translation>计划周期</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="95"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="101"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="102"/>
        <source>Confidentiality label</source>
        <translation>保密标识</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="106"/>
        <source>Brand identity</source>
        <translation>品牌形象</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="111"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="117"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="123"/>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="125"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="135"/>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="158"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="243"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/views/overview_editor.py" line="254"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
</context>
<context>
    <name>PlanActionsMixin</name>
    <message>
        <location filename="../../app/views/plan_actions.py" line="36"/>
        <source>Cannot open plan</source>
        <translation>无法打开营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="81"/>
        <source>New plan</source>
        <translation>新建营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="86"/>
        <source>%s already exists; choose another name.</source>
        <translation>%s 已存在，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="113"/>
        <source>Sample plan</source>
        <translation>示例营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="136"/>
        <source>Save plan as</source>
        <translation>营销计划另存为</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="137"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="145"/>
        <source>Duplicate plan</source>
        <translation>复制营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="146"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="149"/>
        <source>Copy written to %s</source>
        <translation>副本已写入 %s</translation>
    </message>
    <message>
        <location filename="../../app/views/plan_actions.py" line="202"/>
        <source>Restored the backup of %s.</source>
        <translation>已恢复 %s 的备份。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="22"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="25"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="34"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="35"/>
        <source>Backups to keep per plan</source>
        <translation>每个营销计划保留的备份数</translation>
    </message>
    <message>
        <location filename="../../app/views/preferences_dialog.py" line="36"/>
        <source>The language changes at once; the open plan stays open.</source>
        <translation>界面语言立即切换，已打开的营销计划保持打开。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../app/views/problems_panel.py" line="70"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../app/views/restore_command.py" line="19"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="34"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="38"/>
        <source>Stratdeck keeps a copy of this plan each time it is opened. Restoring one keeps the current plan as a backup too, and Edit › Undo takes the restore back.</source>
        <translation>Stratdeck 每次打开此营销计划时都会保存一份副本。恢复某个备份时，当前计划也会先保存为备份；使用“编辑 › 撤销”即可撤回恢复。</translation>
    </message>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="51"/>
        <source>There are no backups of this plan yet.</source>
        <translation>此营销计划还没有备份。</translation>
    </message>
    <message>
        <location filename="../../app/views/backups_dialog.py" line="53"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <location filename="../../app/views/service_text.py" line="23"/>
        <source>The plan has no title.</source>
        <translation>营销计划没有标题。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="24"/>
        <source>The plan has no owner.</source>
        <translation>营销计划没有负责人。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="25"/>
        <source>The plan period is not set (start and end).</source>
        <translation>尚未设置计划周期（开始和结束日期）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="26"/>
        <source>The plan period date &apos;{value}&apos; is not a real date.</source>
        <translation>计划周期中的日期“{value}”不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="29"/>
        <source>The plan period is longer than three years ({days} days).</source>
        <translation>计划周期超过三年（{days} 天）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="32"/>
        <source>The plan has no objectives.</source>
        <translation>营销计划还没有目标。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="33"/>
        <source>Objective {index} is empty.</source>
        <translation>第 {index} 个目标为空。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="34"/>
        <source>The market context is empty.</source>
        <translation>市场背景为空。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="48"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="49"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="50"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="51"/>
        <source>Market context</source>
        <translation>市场背景</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="52"/>
        <source>Confidentiality label</source>
        <translation>保密标识</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="53"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="54"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="55"/>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="56"/>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="57"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="67"/>
        <source>The period ends on {end}, before it starts on {start}.</source>
        <translation>计划周期的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="71"/>
        <source>{label}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label}：“{value}”不是日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="73"/>
        <source>{label} must be text.</source>
        <translation>{label}必须是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="76"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}过长（{length} 个字符，最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="80"/>
        <source>{label} must be a three-letter code such as CNY, USD or EUR.</source>
        <translation>{label}必须是三个字母的代码，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="84"/>
        <source>{label} must be zh (中文) or en (English).</source>
        <translation>{label}必须是 zh（中文）或 en（English）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="88"/>
        <source>{label} must be a colour like #C8102E.</source>
        <translation>{label}必须是颜色值，例如 #C8102E。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="92"/>
        <source>A logo needs both image data and its type.</source>
        <translation>标志需要同时提供图片数据和图片类型。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="96"/>
        <source>That objective no longer exists.</source>
        <translation>该目标已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="98"/>
        <source>Objectives are text.</source>
        <translation>目标必须是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="101"/>
        <source>{name} is too large ({mb} MB); the limit is 10 MB.</source>
        <translation>{name} 过大（{mb} MB），上限为 10 MB。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="103"/>
        <source>{name} does not exist.</source>
        <translation>{name} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="106"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="110"/>
        <source>{name} is a {kind} image; use a PNG or JPEG file.</source>
        <translation>{name} 是 {kind} 图片，请使用 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="114"/>
        <source>{name} is too large ({size} pixels).</source>
        <translation>{name} 尺寸过大（{size} 像素）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="118"/>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="122"/>
        <source>{name} is damaged and cannot be used as an image ({reason}).</source>
        <translation>{name} 已损坏，无法用作图片（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="137"/>
        <source>{name} is a folder, not a plan file.</source>
        <translation>{name} 是一个文件夹，不是计划文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="141"/>
        <source>{name} is empty; it is not a Stratdeck plan.</source>
        <translation>{name} 是空文件，不是 Stratdeck 计划。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="145"/>
        <source>{name} is not a Stratdeck plan (it is not a database file).</source>
        <translation>{name} 不是 Stratdeck 计划（它不是数据库文件）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="149"/>
        <source>{name} is not a Stratdeck plan (it is a database of another program).</source>
        <translation>{name} 不是 Stratdeck 计划（它是其他程序的数据库）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="156"/>
        <source>{name} was made by a newer Stratdeck (plan format {version}; this version reads up to {known}). Please update Stratdeck to open it.</source>
        <translation>{name} 由更新版本的 Stratdeck 创建（计划格式 {version}；当前版本最高支持 {known}）。请更新 Stratdeck 后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="165"/>
        <source>{name} contains a {kind} named &apos;{label}&apos;, which Stratdeck plans never have; it was not opened and nothing in it was run.</source>
        <translation>{name} 含有名为“{label}”的 {kind}，Stratdeck 计划中不会有此类对象；文件未被打开，其中的内容也未被执行。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="173"/>
        <source>{name} contains {what}; it was not opened.</source>
        <translation>{name} 含有不应存在的内容（{what}）；文件未被打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="177"/>
        <source>{name} is damaged: the file is cut short (truncated).</source>
        <translation>{name} 已损坏：文件不完整（被截断）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="181"/>
        <source>{name} is damaged: the integrity check failed ({detail}).</source>
        <translation>{name} 已损坏：完整性检查未通过（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="185"/>
        <source>{name} is damaged: {detail}</source>
        <translation>{name} 已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="189"/>
        <source>{name} is already open by {who}. You can open it read-only.</source>
        <translation>{name} 已被 {who} 打开。您可以以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="193"/>
        <source>The folder of {name} cannot be written, so the plan can only be opened read-only.</source>
        <translation>{name} 所在的文件夹不可写入，因此只能以只读方式打开该计划。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="199"/>
        <source>Your last change was not saved: the disk is full. Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：磁盘已满。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="207"/>
        <source>Your last change was not saved: {name} was moved or deleted while open. Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：{name} 在打开期间被移动或删除。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="215"/>
        <source>Your last change was not saved: {name} cannot be written (read-only). Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：{name} 不可写入（只读）。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="223"/>
        <source>Your last change was not saved: {reason}. Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：{reason}。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/views/start_page.py" line="23"/>
        <source>Stratdeck</source>
        <translation>Stratdeck</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="25"/>
        <source>Build a whole marketing plan in one file and take it to the review meeting.</source>
        <translation>在一个文件中完成整份营销计划，直接带到评审会上。</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="27"/>
        <source>New plan…</source>
        <translation>新建营销计划…</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="28"/>
        <source>Open plan…</source>
        <translation>打开营销计划…</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="29"/>
        <source>Open the sample plan</source>
        <translation>打开示例营销计划</translation>
    </message>
    <message>
        <location filename="../../app/views/start_page.py" line="47"/>
        <source>Recent plans</source>
        <translation>最近打开的营销计划</translation>
    </message>
</context>
</TS>
