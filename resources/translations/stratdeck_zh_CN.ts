<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BudgetCharts</name>
        <message>
            <location filename="../../app/views/budget/charts.py" line="38" />
            <source>Charts appear here once the budget has amounts.</source>
            <translation>预算录入金额后，这里会显示图表。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/charts.py" line="109" />
            <source>Planned spend by channel</source>
            <translation>各渠道计划投放</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/charts.py" line="112" />
            <source>Channel shares (planned)</source>
            <translation>渠道占比（计划）</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/charts.py" line="114" />
            <source>Planned vs actual</source>
            <translation>计划与实际对比</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/charts.py" line="116" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/charts.py" line="116" />
            <source>Actual</source>
            <translation>实际</translation>
        </message>
    </context>
    <context>
        <name>BudgetCommands</name>
        <message>
            <location filename="../../app/views/budget/commands.py" line="20" />
            <source>Edit budget cells</source>
            <translation>编辑预算单元格</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/commands.py" line="33" />
            <source>Add budget line</source>
            <translation>添加预算项</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/commands.py" line="33" />
            <source>Delete budget lines</source>
            <translation>删除预算项</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/commands.py" line="34" />
            <source>Move budget line</source>
            <translation>移动预算项</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/commands.py" line="34" />
            <source>Edit budget line</source>
            <translation>编辑预算项</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/commands.py" line="50" />
            <source>Set budget envelope</source>
            <translation>设置预算总额</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/commands.py" line="52" />
            <source>Set reserve pool</source>
            <translation>设置应急储备金</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/actions.py" line="94" />
            <source>Paste budget cells</source>
            <translation>粘贴预算单元格</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/actions.py" line="121" />
            <source>Fill right</source>
            <translation>向右填充</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/actions.py" line="126" />
            <source>Clear budget cells</source>
            <translation>清除预算单元格</translation>
        </message>
    </context>
    <context>
        <name>BudgetEditor</name>
        <message>
            <location filename="../../app/views/budget/editor.py" line="59" />
            <source>Summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="60" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="87" />
            <source>Add line</source>
            <translation>添加预算项</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="88" />
            <source>Delete lines</source>
            <translation>删除预算项</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="89" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="90" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="92" />
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="93" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="94" />
            <source>Fill right</source>
            <translation>向右填充</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="96" />
            <source>Clear cells</source>
            <translation>清除单元格</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="100" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="102" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="103" />
            <source>Actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="104" />
            <source>Planned and actual</source>
            <translation>计划与实际</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="118" />
            <source>Import budget…</source>
            <translation>导入预算…</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="177" />
            <source>Set the plan period in the Overview to get one column per month.</source>
            <translation>请在“计划概览”中设置计划周期，预算表将按月显示各列。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="181" />
            <source>No channels yet. Add them in Summary › Channels below (Add channel, or Add the standard channels), then add budget lines here.</source>
            <translation>还没有渠道。请在下方“汇总 › 渠道”中添加（点击“添加渠道”或“添加标准渠道”），然后在这里添加预算项。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/editor.py" line="188" />
            <source>No budget lines yet. Click Add line, pick its channel (and campaign, if any), then type the monthly amounts.</source>
            <translation>还没有预算项。点击“添加预算项”，选择渠道（如有，再选营销活动），然后填写各月金额。</translation>
        </message>
    </context>
    <context>
        <name>BudgetGridModel</name>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="166" />
            <source>Total actual</source>
            <translation>实际合计</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="166" />
            <source>Total planned</source>
            <translation>计划合计</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="173" />
            <source>actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="179" />
            <source>This budget line has no owner.</source>
            <translation>该预算项没有负责人。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="200" />
            <source>Actual {actual} against no plan (limit ±{limit} %).</source>
            <translation>实际 {actual}，但没有计划金额（允许偏差 ±{limit}%）。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="203" />
            <source>Actual {actual} is {pct} % off plan {planned} (limit ±{limit} %).</source>
            <translation>实际 {actual} 与计划 {planned} 偏差 {pct}%（允许偏差 ±{limit}%）。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="210" />
            <source>Outside the campaign “{name}” ({start} – {end}).</source>
            <translation>不在营销活动“{name}”的周期内（{start} – {end}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="226" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="226" />
            <source>Sub-channel</source>
            <translation>子渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="226" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="226" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="226" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="235" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/grid_model.py" line="302" />
            <source>MMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
    </context>
    <context>
        <name>BudgetImportCommands</name>
        <message>
            <location filename="../../app/views/budget/import_commands.py" line="20" />
            <source>Import budget from %s</source>
            <translation>从 %s 导入预算</translation>
        </message>
    </context>
    <context>
        <name>BudgetImportDialog</name>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="86" />
            <location filename="../../app/views/budget/import_dialog.py" line="129" />
            <source>Import budget</source>
            <translation>导入预算</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="89" />
            <source>The file replaces every budget line and amount of this plan. Channels and campaigns are matched by name. Undo brings the old budget back.</source>
            <translation>文件将替换本计划的全部预算项和金额。渠道和营销活动按名称匹配。撤销可恢复原来的预算。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="94" />
            <source>No file chosen</source>
            <translation>尚未选择文件</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="95" />
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="118" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="129" />
            <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
            <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="172" />
            <source>(not in the file)</source>
            <translation>（文件中没有）</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="226" />
            <source>%s problems; nothing was imported.</source>
            <translation>发现 %s 个问题，未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_dialog.py" line="228" />
            <source>Nothing was imported.</source>
            <translation>未导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>BudgetImportText</name>
        <message>
            <location filename="../../app/views/budget/import_text.py" line="13" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_text.py" line="14" />
            <source>Sub-channel</source>
            <translation>子渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_text.py" line="15" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_text.py" line="16" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_text.py" line="17" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_text.py" line="27" />
            <source>%s actual</source>
            <translation>%s 实际</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/import_text.py" line="28" />
            <source>%s planned</source>
            <translation>%s 计划</translation>
        </message>
    </context>
    <context>
        <name>BudgetSummary</name>
        <message>
            <location filename="../../app/views/budget/summary.py" line="90" />
            <source>lines + reserve</source>
            <translation>预算项 + 储备金</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="93" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="104" />
            <source>Budget envelope</source>
            <translation>预算总额</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="105" />
            <source>Reserve pool (%)</source>
            <translation>应急储备金（%）</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="106" />
            <source>Reserve amount</source>
            <translation>储备金金额</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="107" />
            <source>Allocated to lines</source>
            <translation>已分配预算</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="108" />
            <source>Unallocated</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="109" />
            <source>Actual to date</source>
            <translation>截至目前实际</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="119" />
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="127" />
            <source>Double-click a channel's name, target share or colour (#RRGGBB) to edit it.</source>
            <translation>双击渠道的名称、目标占比或颜色（#RRGGBB）即可编辑。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="134" />
            <source>Add channel</source>
            <translation>添加渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="135" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="136" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="137" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="138" />
            <source>Add the standard channels</source>
            <translation>添加标准渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="197" />
            <source>Not set: the lines plus the reserve, {amount}.</source>
            <translation>未设置：按预算项加储备金计算，为 {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="205" />
            <source>{amount} over the envelope</source>
            <translation>超出预算总额 {amount}</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="238" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="238" />
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="238" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="238" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="238" />
            <source>Actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="239" />
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/summary.py" line="274" />
            <source>More than {pp} percentage points from the target share.</source>
            <translation>与目标占比相差超过 {pp} 个百分点。</translation>
        </message>
    </context>
    <context>
        <name>CalendarCommands</name>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="35" />
            <source>Edit campaign</source>
            <translation>编辑营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="36" />
            <source>Move campaign</source>
            <translation>移动营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="37" />
            <source>Change campaign dates</source>
            <translation>修改营销活动日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="124" />
            <source>Change channels</source>
            <translation>修改渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="126" />
            <source>Change personas</source>
            <translation>修改目标用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="40" />
            <source>Edit phase</source>
            <translation>编辑阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="41" />
            <source>Move phase</source>
            <translation>移动阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="42" />
            <source>Change phase dates</source>
            <translation>修改阶段日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="45" />
            <source>Edit milestone</source>
            <translation>编辑里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="34" />
            <source>Add campaign</source>
            <translation>添加营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="39" />
            <source>Add phase</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="44" />
            <source>Add milestone</source>
            <translation>添加里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="38" />
            <source>Delete campaign</source>
            <translation>删除营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="43" />
            <source>Delete phase</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="46" />
            <source>Delete milestone</source>
            <translation>删除里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="137" />
            <source>Add holidays and festivals</source>
            <translation>添加节假日与电商节</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="165" />
            <source>Show or hide key date</source>
            <translation>显示或隐藏关键日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="167" />
            <source>Edit key date</source>
            <translation>编辑关键日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="180" />
            <source>Add brand day</source>
            <translation>添加品牌日</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/commands.py" line="190" />
            <source>Delete key date</source>
            <translation>删除关键日期</translation>
        </message>
    </context>
    <context>
        <name>CalendarContextMenu</name>
        <message>
            <location filename="../../app/views/calendar/context_menu.py" line="46" />
            <source>Edit details</source>
            <translation>编辑详情</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/context_menu.py" line="53" />
            <source>Add phase</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/context_menu.py" line="60" />
            <source>Add milestone on %s</source>
            <translation>在 %s 添加里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/context_menu.py" line="64" />
            <source>Change status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/context_menu.py" line="79" />
            <source>Delete campaign</source>
            <translation>删除营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/context_menu.py" line="98" />
            <source>New milestone</source>
            <translation>新里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/context_menu.py" line="111" />
            <source>New campaign starting %s</source>
            <translation>新建营销活动（%s 开始）</translation>
        </message>
    </context>
    <context>
        <name>CalendarEditor</name>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="56" />
            <source>Timeline</source>
            <translation>时间轴</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="57" />
            <source>Month</source>
            <translation>月视图</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="67" />
            <source>Campaigns</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="68" />
            <source>Key dates</source>
            <translation>关键日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="89" />
            <source>Add campaign</source>
            <translation>添加营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="90" />
            <location filename="../../app/views/calendar/editor.py" line="125" />
            <source>Delete campaign</source>
            <translation>删除营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="95" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="107" />
            <source>Zoom</source>
            <translation>缩放</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/editor.py" line="180" />
            <source>New campaign</source>
            <translation>新营销活动</translation>
        </message>
    </context>
    <context>
        <name>CalendarFilterBar</name>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="26" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="27" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="28" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="29" />
            <source>Persona</source>
            <translation>用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="40" />
            <source>Search campaigns</source>
            <translation>搜索营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="45" />
            <source>Show all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="64" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/filter_bar.py" line="97" />
            <source>{shown} of {total}</source>
            <translation>{shown} / {total}</translation>
        </message>
    </context>
    <context>
        <name>CalendarLabels</name>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="17" />
            <source>Idea</source>
            <translation>构思</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="18" />
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="19" />
            <source>Live</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="20" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="21" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="24" />
            <source>Warm-up</source>
            <translation>预热期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="25" />
            <source>Launch</source>
            <translation>爆发期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="26" />
            <source>Long tail</source>
            <translation>长尾期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="27" />
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="30" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="31" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="32" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="35" />
            <source>Public holiday</source>
            <translation>法定节假日</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="36" />
            <source>Adjusted working day</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="37" />
            <source>Festival</source>
            <translation>电商节</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/labels.py" line="38" />
            <source>Brand day</source>
            <translation>品牌日</translation>
        </message>
    </context>
    <context>
        <name>CalendarTimeline</name>
        <message>
            <location filename="../../app/views/calendar/timeline_paint.py" line="78" />
            <source>No campaign matches the filters. Show all clears them.</source>
            <translation>没有符合筛选条件的营销活动。点击“显示全部”可清除筛选。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/timeline_paint.py" line="79" />
            <source>No campaigns yet. Click Add campaign, then set its dates here (drag the bar or its ends) or in the Campaigns table below; add phases, milestones, channels and personas on the right.</source>
            <translation>还没有营销活动。点击“添加营销活动”，然后在此设置日期（拖动横条或其两端），或在下方的营销活动表中填写；右侧可添加阶段、里程碑、渠道和用户画像。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/timeline_paint.py" line="224" />
            <source>MMMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/timeline_paint.py" line="231" />
            <source>Q{quarter} {year}</source>
            <translation>{year} 年第 {quarter} 季度</translation>
        </message>
    </context>
    <context>
        <name>CampaignDetailPanel</name>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="44" />
            <location filename="../../app/views/calendar/campaign_detail.py" line="146" />
            <source>Select a campaign to see its details.</source>
            <translation>选择一个营销活动以查看详情。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="50" />
            <source>Default colour</source>
            <translation>默认颜色</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="57" />
            <source>Add phase</source>
            <translation>添加阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="58" />
            <source>Remove phase</source>
            <translation>删除阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="59" />
            <source>Add milestone</source>
            <translation>添加里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="60" />
            <source>Remove milestone</source>
            <translation>删除里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="62" />
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="68" />
            <source>Phases</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="72" />
            <source>Milestones</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="76" />
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="77" />
            <source>Personas</source>
            <translation>用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="78" />
            <source>Channels and personas</source>
            <translation>渠道与用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="144" />
            <source>(untitled campaign)</source>
            <translation>（未命名营销活动）</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="149" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="165" />
            <source>Executes: {names}</source>
            <translation>承接举措：{names}</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="167" />
            <source>Executes no initiative yet (link it on Strategy &amp; actions).</source>
            <translation>尚未承接任何举措（可在“策略与行动”中关联）。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_detail.py" line="248" />
            <source>New milestone</source>
            <translation>新里程碑</translation>
        </message>
    </context>
    <context>
        <name>CampaignMonthGrid</name>
        <message>
            <location filename="../../app/views/calendar/month_grid.py" line="238" />
            <source>◀ Previous</source>
            <translation>◀ 上个月</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/month_grid.py" line="239" />
            <source>Next ▶</source>
            <translation>下个月 ▶</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/month_grid.py" line="240" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/month_grid.py" line="280" />
            <source>MMMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
    </context>
    <context>
        <name>CampaignPartsModel</name>
        <message>
            <location filename="../../app/views/calendar/campaign_parts_model.py" line="34" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_parts_model.py" line="35" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_parts_model.py" line="36" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_parts_model.py" line="37" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_parts_model.py" line="38" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/campaign_parts_model.py" line="39" />
            <source>What it does</source>
            <translation>阶段内容</translation>
        </message>
    </context>
    <context>
        <name>CampaignTableModel</name>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="21" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="22" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="23" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="24" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="25" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="26" />
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="27" />
            <source>Personas</source>
            <translation>用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/table_model.py" line="28" />
            <source>Objective</source>
            <translation>目标</translation>
        </message>
    </context>
    <context>
        <name>Canvases</name>
        <message>
            <location filename="../../app/views/overview/canvas.py" line="16" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/canvas.py" line="17" />
            <source>SWOT &amp; TOWS</source>
            <translation>SWOT 与 TOWS</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/canvas.py" line="18" />
            <source>Personas &amp; segments</source>
            <translation>用户画像与分层</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/canvas.py" line="18" />
            <source>Competitors</source>
            <translation>竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/canvas.py" line="18" />
            <source>Campaign calendar</source>
            <translation>营销日历</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/canvas.py" line="17" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/canvas.py" line="24" />
            <source>Forecast &amp; ROI</source>
            <translation>预测与投资回报</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/canvas.py" line="25" />
            <source>KPIs</source>
            <translation>关键绩效指标</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/canvas.py" line="24" />
            <source>Risks</source>
            <translation>风险清单</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/canvas.py" line="25" />
            <source>Crisis playbooks</source>
            <translation>危机公关预案</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/canvases.py" line="50" />
            <source>Dashboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/canvases.py" line="52" />
            <source>Deck</source>
            <translation>演示文稿</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/canvas.py" line="18" />
            <location filename="../../app/views/initiatives/editor.py" line="225" />
            <source>Strategy &amp; actions</source>
            <translation>策略与行动</translation>
        </message>
    </context>
    <context>
        <name>ChannelActions</name>
        <message>
            <location filename="../../app/views/budget/channel_actions.py" line="55" />
            <source>New channel</source>
            <translation>新渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_actions.py" line="100" />
            <source>%s budget line(s) of this channel and their monthly amounts are deleted.</source>
            <translation>该渠道的 %s 个预算项及其各月金额将被删除。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_actions.py" line="103" />
            <source>%s campaign(s) lose this channel.</source>
            <translation>%s 个营销活动将不再使用该渠道。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_actions.py" line="105" />
            <source>Its forecast inputs are deleted.</source>
            <translation>该渠道的预测输入将被删除。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_actions.py" line="106" />
            <source>Edit › Undo brings all of it back.</source>
            <translation>“编辑 › 撤销”可全部恢复。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_actions.py" line="107" />
            <source>Delete the channel '%s'?</source>
            <translation>删除渠道“%s”？</translation>
        </message>
    </context>
    <context>
        <name>ChannelCommands</name>
        <message>
            <location filename="../../app/views/budget/channel_commands.py" line="18" />
            <source>Add channel</source>
            <translation>添加渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_commands.py" line="33" />
            <source>Add the standard channels</source>
            <translation>添加标准渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_commands.py" line="19" />
            <source>Edit channel</source>
            <translation>编辑渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_commands.py" line="19" />
            <source>Move channel</source>
            <translation>移动渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/channel_commands.py" line="18" />
            <source>Delete channel</source>
            <translation>删除渠道</translation>
        </message>
    </context>
    <context>
        <name>CheckpointsPanel</name>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="42" />
            <source>Add checkpoint</source>
            <translation>添加监测点</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="43" />
            <source>Edit checkpoint</source>
            <translation>编辑监测点</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="44" />
            <source>Delete checkpoint</source>
            <translation>删除监测点</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="45" />
            <source>Move checkpoint</source>
            <translation>移动监测点</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="46" />
            <source>No checkpoints yet. Add the dates on which you test whether the strategy is working.</source>
            <translation>还没有监测点。添加用来检验策略是否奏效的时间节点。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="54" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="54" />
            <source>Threshold</source>
            <translation>阈值</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="57" />
            <source>KPI thresholds that decide the selected checkpoint</source>
            <translation>决定所选监测点的 KPI 阈值</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="90" />
            <source>(untitled)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/checkpoints_panel.py" line="118" />
            <source>Change KPI thresholds</source>
            <translation>修改 KPI 阈值</translation>
        </message>
    </context>
    <context>
        <name>ChoiceDelegate</name>
        <message>
            <location filename="../../app/views/budget/table.py" line="37" />
            <source>(no campaign)</source>
            <translation>（无营销活动）</translation>
        </message>
    </context>
    <context>
        <name>CitationChoicesModel</name>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="211" />
            <source>(no text yet)</source>
            <translation>（尚无内容）</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="218" />
            <source>This item is not in a quadrant that %s strategies pair.</source>
            <translation>该条目不属于 %s 策略所搭配的象限。</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="38" />
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="47" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="47" />
            <source>Before</source>
            <translation>之前</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="47" />
            <source>After</source>
            <translation>之后</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="49" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="50" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="67" />
            <source>The plan now</source>
            <translation>当前方案</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="70" />
            <source>Snapshot “%1” · %2</source>
            <translation>快照“%1” · %2</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="73" />
            <source>Another copy of this plan…</source>
            <translation>本方案的另一份副本…</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="87" />
            <source>Copy: %s</source>
            <translation>副本：%s</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="119" />
            <source>These are not copies of the same plan (their plan ids differ).</source>
            <translation>这两个文件不是同一方案的副本（方案 ID 不同）。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="125" />
            <source>No differences.</source>
            <translation>没有差异。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="128" />
            <source>%1 added, %2 removed, %3 changed; %4 figures moved.</source>
            <translation>新增 %1 项，删除 %2 项，修改 %3 项；%4 个指标数字有变化。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/compare_view.py" line="139" />
            <source>Figures that moved</source>
            <translation>有变化的关键数字</translation>
        </message>
    </context>
    <context>
        <name>CompetitorCommands</name>
        <message>
            <location filename="../../app/views/competitors/commands.py" line="15" />
            <source>Add competitor</source>
            <translation>添加竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/commands.py" line="15" />
            <source>Delete competitor</source>
            <translation>删除竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/commands.py" line="16" />
            <source>Move competitor</source>
            <translation>移动竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/commands.py" line="16" />
            <source>Edit competitor</source>
            <translation>编辑竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/commands.py" line="29" />
            <source>Change map axes</source>
            <translation>更改定位图坐标轴</translation>
        </message>
    </context>
    <context>
        <name>CompetitorEditor</name>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="80" />
            <source>No competitors yet.</source>
            <translation>还没有竞品。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="82" />
            <source>No competitors yet. Click Add competitor and type a name; add your own brand too and tick Our brand, so the map shows where you stand.</source>
            <translation>还没有竞品。点击“添加竞品”并输入名称；也请添加本品牌并勾选“本品牌”，定位图才能显示您所处的位置。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="104" />
            <source>Add competitor</source>
            <translation>添加竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="104" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="112" />
            <source>Positioning map</source>
            <translation>竞品定位图</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="126" />
            <source>e.g. Online presence</source>
            <translation>例如：线上声量</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="129" />
            <source>Horizontal axis</source>
            <translation>横轴</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="130" />
            <source>Vertical axis</source>
            <translation>纵轴</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="131" />
            <source>Custom X name</source>
            <translation>自定义横轴名称</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="132" />
            <source>Custom Y name</source>
            <translation>自定义纵轴名称</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/editor.py" line="134" />
            <source>Our brand is highlighted; bubble size shows market share.</source>
            <translation>本品牌以品牌色突出显示；气泡大小表示市场份额。</translation>
        </message>
    </context>
    <context>
        <name>CompetitorModel</name>
        <message>
            <location filename="../../app/views/competitors/model.py" line="52" />
            <source>Custom X</source>
            <translation>自定义横轴</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="53" />
            <source>Custom Y</source>
            <translation>自定义纵轴</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="55" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="56" />
            <source>Our brand</source>
            <translation>本品牌</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="57" />
            <source>Positioning</source>
            <translation>定位</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="58" />
            <source>Price level</source>
            <translation>价格带</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="59" />
            <source>Main channels</source>
            <translation>主要渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="60" />
            <source>Strengths</source>
            <translation>优势</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="61" />
            <source>Weaknesses</source>
            <translation>劣势</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="62" />
            <source>Share %</source>
            <translation>份额 %</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="63" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="64" />
            <source>Quality</source>
            <translation>品质</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="65" />
            <source>Innovation</source>
            <translation>创新</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="66" />
            <source>Reach</source>
            <translation>覆盖</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="69" />
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/model.py" line="70" />
            <source>Recent moves</source>
            <translation>近期动态</translation>
        </message>
    </context>
    <context>
        <name>DashboardEditor</name>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="121" />
            <source>Untitled plan</source>
            <translation>未命名计划</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="129" />
            <source>Plan period: %1 – %2</source>
            <translation>计划周期：%1 – %2</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="18" />
            <source>On track</source>
            <translation>达成</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="19" />
            <source>At risk</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="20" />
            <source>Off track</source>
            <translation>未达成</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="21" />
            <source>No data</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="22" />
            <source>No target</source>
            <translation>未设目标</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="140" />
            <source>Objectives and their KPIs</source>
            <translation>目标与关键绩效指标</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="145" />
            <source>KPIs: %1</source>
            <translation>关键绩效指标：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="149" />
            <source>No objectives yet: add them in the Overview.</source>
            <translation>尚无目标：请在“概览”中添加。</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="164" />
            <source>KPI: %1</source>
            <translation>关键绩效指标：%1</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="169" />
            <source>No matching KPI</source>
            <translation>无对应指标</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="177" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="181" />
            <source>Envelope</source>
            <translation>预算总额</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="182" />
            <source>Allocated to lines</source>
            <translation>已分配预算</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="183" />
            <source>Reserve</source>
            <translation>应急储备金</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="184" />
            <source>Unallocated</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="185" />
            <source>Actual to date</source>
            <translation>截至目前实际</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="197" />
            <source>Allocated and reserve: %p% of the envelope</source>
            <translation>已分配与储备：占总额 %p%</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="201" />
            <source>Spent: %p% of the envelope</source>
            <translation>已花费：占总额 %p%</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="211" />
            <source>Open the budget</source>
            <translation>打开预算</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="215" />
            <source>Next campaigns</source>
            <translation>即将开展的营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="216" />
            <source>No campaigns ahead: plan them in the calendar.</source>
            <translation>暂无待开展的营销活动：请在营销日历中安排。</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="221" />
            <source>No dates yet</source>
            <translation>尚未设定日期</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="225" />
            <source>Top risks</source>
            <translation>主要风险</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="226" />
            <source>No open risks recorded.</source>
            <translation>没有未关闭的风险。</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="230" />
            <source>Score %1 (likelihood %2 × impact %3)</source>
            <translation>评分 %1（可能性 %2 × 影响程度 %3）</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="251" />
            <source>Findings per canvas</source>
            <translation>各画布问题数</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="254" />
            <source>No findings: the rules have nothing to report.</source>
            <translation>没有问题：规则检查未发现需处理的事项。</translation>
        </message>
        <message>
            <location filename="../../app/views/dashboard/editor.py" line="259" />
            <source>%1 — findings: %2</source>
            <translation>%1 — 问题：%2</translation>
        </message>
    </context>
    <context>
        <name>DeckPreview</name>
        <message>
            <location filename="../../app/views/deck/preview.py" line="95" />
            <source>Fit page</source>
            <translation>适合页面</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="95" />
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="100" />
            <source>Slide </source>
            <translation>幻灯片 </translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="101" />
            <source>Jump to a slide</source>
            <translation>跳到某张幻灯片</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="103" />
            <source>Refresh preview</source>
            <translation>刷新预览</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="105" />
            <source>Present</source>
            <translation>放映</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="107" />
            <source>The preview is built when you open this page.</source>
            <translation>打开此页面时生成预览。</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="150" />
            <source>Rendering the deck…</source>
            <translation>正在生成演示文稿…</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="159" />
            <source>Rendering slide {done} of {total}…</source>
            <translation>正在生成第 {done} 张，共 {total} 张幻灯片…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/views/deck/preview.py" line="169" />
            <source>%n slides, as they will be exported.</source>
            <translation>
                <numerusform>共 %n 张幻灯片，与导出结果一致。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/views/deck/preview.py" line="277" />
            <source>The plan has changed since this preview. Refresh to update it.</source>
            <translation>生成此预览后营销计划已有改动，请刷新以更新。</translation>
        </message>
    </context>
    <context>
        <name>DeckTextsPanel</name>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="51" />
            <source>Headlines and speaker notes</source>
            <translation>标题与演讲备注</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="58" />
            <source>Use this headline</source>
            <translation>使用此标题</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="61" />
            <source>What to say on this section's slides, the numbers to remember…</source>
            <translation>讲这一部分时要说的话、要记住的数字……</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="62" />
            <source>Save notes</source>
            <translation>保存备注</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="67" />
            <source>Slide</source>
            <translation>幻灯片</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="68" />
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="70" />
            <source>Section</source>
            <translation>部分</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="71" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="136" />
            <source>Change slide headline</source>
            <translation>修改幻灯片标题</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/notes_panel.py" line="146" />
            <source>Change speaker notes</source>
            <translation>修改演讲备注</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="12" />
            <source>Stratdeck plans (*.stratdeck)</source>
            <translation>Stratdeck 营销计划 (*.stratdeck)</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="18" />
            <source>Open plan</source>
            <translation>打开营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="35" />
            <source>Choose logo</source>
            <translation>选择标志图片</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="37" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="45" />
            <source>Brand colour</source>
            <translation>品牌色</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="53" />
            <source>Plan in use</source>
            <translation>营销计划正在使用中</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="55" />
            <source>Open it read-only?</source>
            <translation>以只读方式打开？</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="57" />
            <source>Open read-only</source>
            <translation>只读打开</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="98" />
            <source>Delete cited items?</source>
            <translation>删除被引用的条目？</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="90" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="104" />
            <source>Delete channel?</source>
            <translation>删除渠道？</translation>
        </message>
        <message>
            <location filename="../../app/views/common/dialogs.py" line="110" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporting</name>
        <message>
            <location filename="../../app/views/shell/error_reporting.py" line="80" />
            <source>Something went wrong: %s</source>
            <translation>出现了意外错误：%s</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/error_reporting.py" line="82" />
            <source>Your plan is safe: every edit made before this was already saved.</source>
            <translation>您的营销计划是安全的：此前的每一次编辑都已保存。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/error_reporting.py" line="85" />
            <source>Details were written to the log: %s</source>
            <translation>详细信息已写入日志：%s</translation>
        </message>
    </context>
    <context>
        <name>ExportDeckDialog</name>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="47" />
            <location filename="../../app/views/shell/export_dialog.py" line="145" />
            <source>Export deck</source>
            <translation>导出演示文稿</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="52" />
            <source>Sections</source>
            <translation>章节</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="61" />
            <source>Select all</source>
            <translation>全选</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="63" />
            <source>Select none</source>
            <translation>全不选</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="71" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="72" />
            <source>PowerPoint (editable PPTX)</source>
            <translation>PowerPoint（可编辑 PPTX）</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="75" />
            <source>Before sections of three or more slides</source>
            <translation>仅在三页及以上的章节前</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="76" />
            <source>Before every section</source>
            <translation>每个章节前</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="77" />
            <source>None</source>
            <translation>不加分隔页</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="79" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="91" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="92" />
            <source>Save to</source>
            <translation>保存到</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="93" />
            <source>Section dividers</source>
            <translation>章节分隔页</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="94" />
            <source>Password (optional)</source>
            <translation>密码（可选）</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="95" />
            <source>Repeat password</source>
            <translation>确认密码</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="96" />
            <source>Mark as reviewed (take a snapshot of the plan before exporting)</source>
            <translation>标记为已评审（导出前为方案拍摄快照）</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="106" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="110" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="112" />
            <source>Show in Folder</source>
            <translation>在文件夹中显示</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="144" />
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="144" />
            <source>PowerPoint presentations (*.pptx)</source>
            <translation>PowerPoint 演示文稿 (*.pptx)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="161" />
            <source>Choose where to save the deck.</source>
            <translation>请选择演示文稿的保存位置。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="163" />
            <source>That is the plan file itself; choose another name for the deck.</source>
            <translation>这是营销计划文件本身，请为演示文稿另取一个文件名。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="169" />
            <source>Choose at least one section.</source>
            <translation>请至少选择一个章节。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="172" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/export_dialog.py" line="179" />
            <source>Rendering…</source>
            <translation>正在生成…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/views/shell/export_dialog.py" line="202" />
            <source>Saved %s (%n slides).</source>
            <translation>
                <numerusform>已保存 %s（%n 张幻灯片）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ForecastCommands</name>
        <message>
            <location filename="../../app/views/forecast/commands.py" line="22" />
            <source>Edit forecast input</source>
            <translation>编辑预测参数</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/commands.py" line="38" />
            <source>Add KPI</source>
            <translation>添加 KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/commands.py" line="38" />
            <source>Delete KPI</source>
            <translation>删除 KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/commands.py" line="39" />
            <source>Move KPI</source>
            <translation>移动 KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/commands.py" line="39" />
            <source>Edit KPI</source>
            <translation>编辑 KPI</translation>
        </message>
    </context>
    <context>
        <name>ForecastEditor</name>
        <message>
            <location filename="../../app/views/forecast/editor.py" line="28" />
            <source>Forecast &amp; ROI per channel</source>
            <translation>各渠道预测与投资回报</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/editor.py" line="37" />
            <source>Add channels in Budget › Summary › Channels and budget lines on the Budget canvas; each channel gets a row here.</source>
            <translation>请在“预算 › 汇总 › 渠道”中添加渠道，并在预算画布中添加预算项；每个渠道在这里占一行。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/editor.py" line="52" />
            <source>Spend comes from the channel's planned budget unless you type an override (clear it to go back). Customers = spend ÷ CAC; revenue = customers × order value × (1 + repeat purchases); gross profit = revenue × margin; ROI = (gross profit − spend) ÷ spend; LTV = order value × (1 + repeat purchases) × margin. LTV/CAC under 3 is flagged. Cost per visit = CAC × conversion rate (the click price this CAC implies). A figure whose inputs are missing stays blank (—); hover it to see why.</source>
            <translation>投放费用默认取该渠道的计划预算，也可手动填写覆盖（清空即恢复预算）。新客数 = 费用 ÷ 获客成本；收入 = 新客数 × 客单价 × (1 + 复购次数)；毛利 = 收入 × 毛利率；ROI = (毛利 − 费用) ÷ 费用；LTV = 客单价 × (1 + 复购次数) × 毛利率。LTV/CAC 低于 3 时标出。单次访问成本 = 获客成本 × 转化率（即该获客成本对应的点击价格）。缺少输入的数值留空（—），鼠标悬停可查看原因。</translation>
        </message>
    </context>
    <context>
        <name>ForecastModel</name>
        <message>
            <location filename="../../app/views/forecast/model.py" line="45" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="45" />
            <source>Spend</source>
            <translation>投放费用</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="45" />
            <source>CAC</source>
            <translation>获客成本</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="45" />
            <source>Conversion %</source>
            <translation>转化率 %</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="45" />
            <source>Order value</source>
            <translation>客单价</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="46" />
            <source>Gross margin %</source>
            <translation>毛利率 %</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="46" />
            <source>Repeat purchases</source>
            <translation>复购次数</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="46" />
            <source>Customers</source>
            <translation>新客数</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="46" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="47" />
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="47" />
            <source>ROI %</source>
            <translation>ROI %</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="47" />
            <source>LTV</source>
            <translation>LTV</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="47" />
            <source>LTV/CAC</source>
            <translation>LTV/CAC</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="47" />
            <source>Cost per visit</source>
            <translation>单次访问成本</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="91" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="100" />
            <source>%s (under 3)</source>
            <translation>%s（低于 3）</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="143" />
            <source>Blended over the channels with every input: spend ÷ customers (CAC), gross profit ÷ customers (LTV).</source>
            <translation>按输入完整的渠道综合计算：费用 ÷ 新客数（获客成本），毛利 ÷ 新客数（LTV）。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="147" />
            <source>Totals over {covered} of {channels} channels (those with every input).</source>
            <translation>合计只计入 {channels} 个渠道中输入完整的 {covered} 个。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="156" />
            <source>Spend override (the budget plans {budget}); clear it to use the budget.</source>
            <translation>手动填写的费用（预算计划为 {budget}）；清空即使用预算。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="159" />
            <source>Planned budget of the channel; type a figure to override it.</source>
            <translation>该渠道的计划预算；输入数字即可覆盖。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/model.py" line="161" />
            <source>Under 3: each customer earns back less than three times its acquisition cost.</source>
            <translation>低于 3：每位客户带来的毛利不足其获客成本的三倍。</translation>
        </message>
    </context>
    <context>
        <name>InitiativeDetail</name>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="75" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="99" />
            <source>Edit initiative</source>
            <translation>编辑举措</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="125" />
            <source>Change links</source>
            <translation>修改关联</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="142" />
            <source>No other pillar</source>
            <translation>没有其他策略支柱</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="161" />
            <location filename="../../app/views/initiatives/initiative_detail.py" line="179" />
            <source>Initiative: {name}</source>
            <translation>举措：{name}</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="163" />
            <source>Initiative: select one in the table to see its links</source>
            <translation>举措：在表格中选择一项以查看其关联</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="132" />
            <location filename="../../app/views/initiatives/initiative_detail.py" line="204" />
            <source>(untitled)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="53" />
            <source>Move to pillar…</source>
            <translation>移到策略支柱……</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="56" />
            <source>Move this initiative to the end of another pillar</source>
            <translation>把此举措移到另一个策略支柱的末尾</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/initiative_detail.py" line="225" />
            <source>Cost: {amount} (sum of {count} linked budget lines)</source>
            <translation>费用：{amount}（{count} 条关联预算行合计）</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/move_command.py" line="18" />
            <source>Move to pillar</source>
            <translation>移到策略支柱</translation>
        </message>
    </context>
    <context>
        <name>InitiativesEditor</name>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="16" />
            <source>Pillar</source>
            <translation>策略支柱</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="17" />
            <source>Intent</source>
            <translation>意图</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="24" />
            <source>Initiative</source>
            <translation>举措</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="25" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="26" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="27" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="28" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="29" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="30" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="31" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="34" />
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="44" />
            <source>Team or partner</source>
            <translation>部门或合作方</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="45" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="46" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="53" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="54" />
            <source>What is checked</source>
            <translation>监测内容</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="57" />
            <source>KPI thresholds</source>
            <translation>KPI 阈值</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="61" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/columns.py" line="62" />
            <source>Decision</source>
            <translation>决策</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/dialogs.py" line="14" />
            <source>Delete pillar?</source>
            <translation>删除策略支柱？</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/dialogs.py" line="20" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="54" />
            <source>Add pillar</source>
            <translation>添加策略支柱</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="55" />
            <source>Edit pillar</source>
            <translation>编辑策略支柱</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="56" />
            <source>Delete pillar</source>
            <translation>删除策略支柱</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="57" />
            <source>Move pillar</source>
            <translation>移动策略支柱</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="58" />
            <source>No pillars yet. Add the few strategy pillars (策略支柱) the plan rests on.</source>
            <translation>还没有策略支柱。添加计划所依托的几大策略支柱。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="76" />
            <source>Add initiative</source>
            <translation>添加举措</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="77" />
            <source>Edit initiative</source>
            <translation>编辑举措</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="78" />
            <source>Delete initiative</source>
            <translation>删除举措</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="79" />
            <source>Move initiative</source>
            <translation>移动举措</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="80" />
            <source>Select a pillar, then add what you will do under it: owner, dates, status and links.</source>
            <translation>先选择一个策略支柱，再添加其下的举措：负责人、日期、状态与关联。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="96" />
            <source>Pillars &amp;&amp; initiatives</source>
            <translation>策略支柱与举措</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="97" />
            <source>Responsibility matrix</source>
            <translation>责任矩阵</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="98" />
            <source>Checkpoints</source>
            <translation>里程碑监测点</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="146" />
            <source>Delete the pillar '{name}' and its {count} initiatives?</source>
            <translation>删除策略支柱“{name}”及其下 {count} 项举措？</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/editor.py" line="150" />
            <source>Their {links} links and responsibility cells go with them. Undo brings all of it back.</source>
            <translation>其 {links} 项关联与责任分工将一并删除。撤销可全部恢复。</translation>
        </message>
    </context>
    <context>
        <name>JourneyModel</name>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="61" />
            <source>Touchpoints</source>
            <translation>触点</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="61" />
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="61" />
            <source>Tactic</source>
            <translation>策略</translation>
        </message>
    </context>
    <context>
        <name>JourneyPanel</name>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="35" />
            <source>Awareness</source>
            <translation>认知</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="36" />
            <source>Consideration</source>
            <translation>考虑</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="37" />
            <source>Purchase</source>
            <translation>购买</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="38" />
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="39" />
            <source>Loyalty</source>
            <translation>忠诚</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="40" />
            <source>Advocacy</source>
            <translation>推荐</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="89" />
            <source>Double-click a cell to edit it; Delete clears the selected cells.</source>
            <translation>双击单元格进行编辑；按 Delete 清空所选单元格。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="91" />
            <source>Copy journey</source>
            <translation>复制旅程</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="92" />
            <location filename="../../app/views/personas/journey_panel.py" line="157" />
            <source>Paste journey</source>
            <translation>粘贴旅程</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="93" />
            <location filename="../../app/views/personas/journey_panel.py" line="161" />
            <source>Clear journey</source>
            <translation>清空旅程</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="94" />
            <source>Replace this journey with one copied from another persona</source>
            <translation>用从其他用户画像复制的旅程替换当前旅程</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="96" />
            <source>Persona</source>
            <translation>用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="117" />
            <source>Persona %s</source>
            <translation>用户画像 %s</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/journey_panel.py" line="170" />
            <source>Clear cells</source>
            <translation>清空单元格</translation>
        </message>
    </context>
    <context>
        <name>KeyDateModel</name>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="52" />
            <source>Shown</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="52" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="52" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="52" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="52" />
            <source>Until</source>
            <translation>结束日期</translation>
        </message>
    </context>
    <context>
        <name>KeyDatePanel</name>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="78" />
            <source>Add holidays and festivals</source>
            <translation>添加节假日与电商节</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="80" />
            <source>Public holidays, adjusted working days and e-commerce festivals of the plan's years</source>
            <translation>计划年份内的法定节假日、调休上班日和电商节</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="82" />
            <source>Add brand day</source>
            <translation>添加品牌日</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="83" />
            <source>Delete key date</source>
            <translation>删除关键日期</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/key_dates.py" line="102" />
            <source>Brand day</source>
            <translation>品牌日</translation>
        </message>
    </context>
    <context>
        <name>KpiEditor</name>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="44" />
            <source>KPI scorecard</source>
            <translation>KPI 记分卡</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="64" />
            <source>No KPIs yet. Click Add KPI, then type its name, unit, baseline, target and actual; link it to a campaign if it measures one.</source>
            <translation>还没有 KPI。点击“添加 KPI”，然后填写名称、单位、基线、目标值和实际值；若它衡量某个营销活动，可关联该活动。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="72" />
            <source>Add KPI</source>
            <translation>添加 KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="72" />
            <source>Delete KPI</source>
            <translation>删除 KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="74" />
            <source>Reordering works when every KPI shows in plan order.</source>
            <translation>显示全部 KPI 且按计划顺序排列时才能调整顺序。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="79" />
            <source>Status: green when the actual meets the target (at or above it when higher is better, at or below when lower is better); amber when it is short of the target by no more than the alert threshold (in % of the target); red otherwise. No actual: no data.</source>
            <translation>状态：实际值达到目标为绿色（越高越好时不低于目标，越低越好时不高于目标）；与目标的差距不超过预警阈值（占目标的百分比）为黄色；否则为红色。未填实际值：暂无数据。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="94" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="97" />
            <source>All KPIs</source>
            <translation>全部 KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="98" />
            <source>Needs attention (off track or at risk)</source>
            <translation>需关注（落后或预警）</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="99" />
            <source>Off track</source>
            <translation>落后</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="100" />
            <source>At risk</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="101" />
            <source>On track</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="102" />
            <source>No data or no target</source>
            <translation>暂无数据或未设目标</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="107" />
            <source>Worst first</source>
            <translation>最差的排在前面</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="108" />
            <source>Off track, then at risk, no data, no target and on track</source>
            <translation>依次为落后、预警、暂无数据、未设目标、达标</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_editor.py" line="136" />
            <source>{green} on track · {amber} at risk · {red} off track · {none} without data</source>
            <translation>达标 {green} 项 · 预警 {amber} 项 · 落后 {red} 项 · 暂无数据 {none} 项</translation>
        </message>
    </context>
    <context>
        <name>KpiModel</name>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="59" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="59" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="59" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="59" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="59" />
            <source>Actual</source>
            <translation>实际值</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="60" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="60" />
            <source>Alert at %</source>
            <translation>预警阈值 %</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="60" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="61" />
            <source>Cadence</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="61" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="60" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="60" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="61" />
            <source>Definition</source>
            <translation>指标定义</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="61" />
            <source>Data source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="62" />
            <source>Initiatives</source>
            <translation>关联举措</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="71" />
            <source>(no campaign)</source>
            <translation>（无活动）</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="71" />
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="75" />
            <source>Lower is better</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="75" />
            <source>Higher is better</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="31" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="32" />
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="33" />
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="34" />
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="35" />
            <source>Per campaign</source>
            <translation>每个活动</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="38" />
            <source>● On track</source>
            <translation>● 达标</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="39" />
            <source>▲ At risk</source>
            <translation>▲ 预警</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="40" />
            <source>✖ Off track</source>
            <translation>✖ 落后</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="41" />
            <source>○ No data</source>
            <translation>○ 暂无数据</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="42" />
            <source>○ No target</source>
            <translation>○ 未设目标</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="149" />
            <source>Progress toward the target: {p} % (from the baseline when there is one).</source>
            <translation>目标完成进度：{p} %（有基线时从基线起算）。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="154" />
            <source>Short of the target by {s} %.</source>
            <translation>距目标还差 {s} %。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/kpi_model.py" line="157" />
            <source>Green: target met. Amber: short of it by no more than the alert threshold. Red: further off, or no threshold set.</source>
            <translation>绿色：已达标。黄色：差距不超过预警阈值。红色：差距更大，或未设预警阈值。</translation>
        </message>
    </context>
    <context>
        <name>LocaleFormat</name>
        <message>
            <location filename="../../app/views/common/locale_format.py" line="110" />
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <location filename="../../app/views/common/locale_format.py" line="112" />
            <source>{days} days</source>
            <translation>{days} 天</translation>
        </message>
        <message>
            <location filename="../../app/views/common/locale_format.py" line="115" />
            <source>{hours} h</source>
            <translation>{hours} 小时</translation>
        </message>
        <message>
            <location filename="../../app/views/common/locale_format.py" line="117" />
            <source>{minutes} min</source>
            <translation>{minutes} 分钟</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="44" />
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="69" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="70" />
            <source>&amp;New…</source>
            <translation>新建(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="71" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="72" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="74" />
            <source>Open &amp;Sample Plan</source>
            <translation>打开示例营销计划(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="77" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="80" />
            <source>&amp;Duplicate…</source>
            <translation>创建副本(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="83" />
            <source>Restore from &amp;Backup…</source>
            <translation>从备份恢复(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="86" />
            <source>&amp;Export Deck (PDF, PPTX)…</source>
            <translation>导出演示文稿 (PDF、PPTX)(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="94" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="97" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="98" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="99" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="102" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="110" />
            <source>&amp;Preferences…</source>
            <translation>偏好设置(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="112" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="114" />
            <source>&amp;Present Deck</source>
            <translation>放映演示文稿(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="116" />
            <source>Present &amp;On</source>
            <translation>放映到(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="119" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="120" />
            <source>&amp;Quick Guide</source>
            <translation>快速指南(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="121" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="122" />
            <source>Open &amp;Log Folder</source>
            <translation>打开日志文件夹(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="124" />
            <source>&amp;About Stratdeck</source>
            <translation>关于 Stratdeck(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="140" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="141" />
            <source>Present</source>
            <translation>演示</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="142" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="143" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="256" />
            <source>Screen {number}: {name} ({w}×{h})</source>
            <translation>屏幕 {number}：{name}（{w}×{h}）</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="269" />
            <source>No recent plans</source>
            <translation>没有最近打开的营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="276" />
            <source>About Stratdeck</source>
            <translation>关于 Stratdeck</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="276" />
            <source>Stratdeck %s</source>
            <translation>Stratdeck %s</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="276" />
            <source>Log: %s</source>
            <translation>日志：%s</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="355" />
            <source> [read-only]</source>
            <translation>［只读］</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="358" />
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="358" />
            <source>All changes saved</source>
            <translation>所有更改已保存</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="373" />
            <source>Saved %s</source>
            <translation>已保存 %s</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="389" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="390" />
            <source>Change not saved</source>
            <translation>更改未保存</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="397" />
            <source>Stratdeck did not close normally last time. Your plan “{name}” has been reopened; every edit made before that was already saved.</source>
            <translation>Stratdeck 上次未正常关闭。已重新打开您的营销计划“{name}”；此前的每一次编辑都已保存。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/main_window.py" line="401" />
            <source>Plan reopened</source>
            <translation>已重新打开营销计划</translation>
        </message>
    </context>
    <context>
        <name>MatrixPanel</name>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="133" />
            <source>Add team or partner</source>
            <translation>添加部门或合作方</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="134" />
            <source>Edit team or partner</source>
            <translation>编辑部门或合作方</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="135" />
            <source>Delete team or partner</source>
            <translation>删除部门或合作方</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="136" />
            <source>Move team or partner</source>
            <translation>移动部门或合作方</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="138" />
            <source>No teams yet. Add the departments (市场部, 销售部…) and outside partners that work on the plan.</source>
            <translation>还没有部门。添加参与计划的部门（市场部、销售部…）与外部合作方。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="154" />
            <source>Add initiatives and teams; then mark who is Responsible, Accountable, Consulted, Informed.</source>
            <translation>先添加举措与部门，再标注执行（R）、负责（A）、咨询（C）、知会（I）。</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="46" />
            <source>Merge a copy</source>
            <translation>合并副本</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="54" />
            <source>Merging %1 against the snapshot “%2” both files share: %3 rows added, %4 removed and %5 changed come in without a question.</source>
            <translation>以两个文件共有的快照“%2”为基准合并 %1：新增 %3 项、删除 %4 项、修改 %5 项将直接合入。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="62" />
            <source>Choose for each conflict below; the merge is one step that Edit › Undo takes back.</source>
            <translation>请逐条处理下面的冲突；整个合并是一步操作，可用 编辑 › 撤销 撤回。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="66" />
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="66" />
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="66" />
            <source>Theirs</source>
            <translation>对方的</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="66" />
            <source>Edit</source>
            <translation>手动修改</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="82" />
            <source>Keep mine for all</source>
            <translation>全部保留我的</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="82" />
            <source>Take theirs for all</source>
            <translation>全部采用对方的</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="89" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="100" />
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="100" />
            <source>kept, with changes</source>
            <translation>保留（有修改）</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="104" />
            <source>whole row</source>
            <translation>整行</translation>
        </message>
        <message>
            <location filename="../../app/views/review/merge_dialog.py" line="163" />
            <source>Choose mine, theirs or an edited value for every conflict.</source>
            <translation>请为每个冲突选择“我的”“对方的”或填写修改后的值。</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="298" />
            <source>{file} is not a regular file (it is {kind}); it was not read.</source>
            <comment>plan.not_regular_file</comment>
            <translation>{file} 不是普通文件（它是{kind}），未读取。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="299" />
            <source>{plan} is being saved by another program without pause; try again in a moment.</source>
            <comment>plan.plan_busy</comment>
            <translation>{plan} 正被另一个程序持续保存，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="300" />
            <source>{plan} could not be opened for editing: a leftover file beside it ({leftover}) could not be moved aside ({reason}). You can open it read-only.</source>
            <comment>plan.sidecar_not_set_aside</comment>
            <translation>无法以编辑方式打开 {plan}：旁边的遗留文件（{leftover}）无法移到一旁（{reason}）。可以以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="301" />
            <source>{plan} could not be opened for editing: the copy kept before converting it from WAL mode could not be written ({reason}). You can open it read-only.</source>
            <comment>plan.wal_original_not_kept</comment>
            <translation>无法以编辑方式打开 {plan}：从 WAL 模式转换前要保留的副本无法写入（{reason}）。可以以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="302" />
            <source>The image is {width}×{height} pixels; at most {limit} megapixels can be used.</source>
            <comment>plan.image_too_many_pixels</comment>
            <translation>图片为 {width}×{height} 像素；最多可使用 {limit} 百万像素。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="175" />
            <source>the key '{key}' appears more than once here (as a hand merge leaves it); keep one and import again</source>
            <comment>exchange.json_duplicate_key</comment>
            <translation>键“{key}”在此处出现了不止一次（手工合并常会这样）；请只保留一个后重新导入</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="176" />
            <source>{file} mixes text encodings: line {utf8_line} is UTF-8 but line {other_line} is not (GBK?), so part of it would be garbled. Save the whole file as CSV UTF-8 and import again.</source>
            <comment>exchange.csv_mixed_encodings</comment>
            <translation>{file} 混用了多种文字编码：第 {utf8_line} 行是 UTF-8，而第 {other_line} 行不是（GBK？），部分文字会变成乱码。请将整个文件另存为“CSV UTF-8”后重新导入。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="177" />
            <source>Sheet '{sheet}' of {file}, cell {cell}: the formula {formula} has no saved value (the program that wrote the file did not calculate it). Open and save the file in Excel or LibreOffice, or type the amounts as numbers. Nothing was imported.</source>
            <comment>exchange.sheet_formula_without_value</comment>
            <translation>{file} 的工作表“{sheet}”，单元格 {cell}：公式 {formula} 没有保存的计算结果（写入该文件的程序没有计算它）。请用 Excel 或 LibreOffice 打开并保存该文件，或将金额填为数字。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="135" />
            <source>The headline is {length} characters long; a slide headline holds at most {limit}.</source>
            <comment>deck.headline_too_long</comment>
            <translation>标题有 {length} 个字符；幻灯片标题最多 {limit} 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="108" />
            <source>{label} of {name}</source>
            <comment>competitors.field_of</comment>
            <translation>{name} 的{label}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="109" />
            <source>Unknown competitor field '{field}'.</source>
            <comment>competitors.unknown_field</comment>
            <translation>未知的竞品字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="110" />
            <source>{label} of {name}: only text can be stored.</source>
            <comment>competitors.text_only</comment>
            <translation>{name} 的{label}只能是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="111" />
            <source>{label} of {name}: too long ({length} characters; at most {limit}).</source>
            <comment>competitors.too_long</comment>
            <translation>{name} 的{label}过长（{length} 个字符；最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="112" />
            <source>{label} of {name}: must be yes or no.</source>
            <comment>competitors.yes_or_no</comment>
            <translation>{name} 的{label}只能是“是”或“否”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="113" />
            <source>{label} of {name}: '{value}' is not a number.</source>
            <comment>competitors.not_a_number</comment>
            <translation>{name} 的{label}：“{value}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="114" />
            <source>{label} of {name}: {value} is outside 0–{high}.</source>
            <comment>competitors.out_of_range</comment>
            <translation>{name} 的{label}：{value} 超出 0–{high} 的范围。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="115" />
            <source>That competitor no longer exists.</source>
            <comment>competitors.competitor_gone</comment>
            <translation>该竞品已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="116" />
            <source>'{axis}' is not a map axis (use price, quality, innovation, reach, custom_x or custom_y).</source>
            <comment>competitors.bad_axis</comment>
            <translation>“{axis}”不是定位图的坐标轴（可用 price、quality、innovation、reach、custom_x 或 custom_y）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="117" />
            <source>The map needs two different axes.</source>
            <comment>competitors.same_axes</comment>
            <translation>定位图需要两个不同的坐标轴。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="118" />
            <source>Axis names are text.</source>
            <comment>competitors.axis_name_not_text</comment>
            <translation>坐标轴名称必须是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="119" />
            <source>An axis name can have at most {limit} characters (this one has {length}).</source>
            <comment>competitors.axis_name_too_long</comment>
            <translation>坐标轴名称最多 {limit} 个字符（当前 {length} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="120" />
            <source>{char} in {where}{more} is not in the deck font; shown as {placeholder}.</source>
            <comment>deck.missing_character</comment>
            <translation>{where}{more}中的 {char} 不在演示文稿字体中，显示为 {placeholder}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="121" />
            <source> (and {count} more place)</source>
            <comment>deck.more_place</comment>
            <translation>（另有 {count} 处）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="122" />
            <source> (and {count} more places)</source>
            <comment>deck.more_places</comment>
            <translation>（另有 {count} 处）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="123" />
            <source>The plan's logo could not be read; the deck is drawn without it.</source>
            <comment>deck.logo_unreadable</comment>
            <translation>无法读取计划的标志；演示文稿中不含标志。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="124" />
            <source>{target} is a folder; choose a file name for the deck.</source>
            <comment>deck.target_is_folder</comment>
            <translation>{target} 是一个文件夹；请为演示文稿选择文件名。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="125" />
            <source>{name} is the plan itself; choose another file name for the deck.</source>
            <comment>deck.target_is_plan</comment>
            <translation>{name} 就是计划文件本身；请为演示文稿选择其他文件名。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="126" />
            <source>The folder {folder} does not exist; the deck was not written.</source>
            <comment>deck.no_folder</comment>
            <translation>文件夹 {folder} 不存在；演示文稿未写入。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="127" />
            <source>Cannot write the deck into {folder}: {reason}.</source>
            <comment>deck.folder_unwritable</comment>
            <translation>无法将演示文稿写入 {folder}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="128" />
            <source>Could not write {name}: {reason}. Nothing was changed.</source>
            <comment>deck.not_written</comment>
            <translation>未能写入 {name}：{reason}。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="129" />
            <source>the folder is read-only</source>
            <comment>deck.reason_folder_read_only</comment>
            <translation>该文件夹是只读的</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="130" />
            <source>it is read-only or open in another program</source>
            <comment>deck.reason_file_read_only</comment>
            <translation>该文件是只读的，或正在被其他程序打开</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="131" />
            <source>the disk is full</source>
            <comment>deck.reason_disk_full</comment>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="132" />
            <source>that name is a folder</source>
            <comment>deck.reason_is_folder</comment>
            <translation>该名称是一个文件夹</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="133" />
            <source>The card “{title}” was too long for its slide; its last lines are shortened.</source>
            <comment>deck.card_shortened</comment>
            <translation>卡片“{title}”对于其幻灯片过长；已截短最后几行。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="134" />
            <source>The section “{title}” could not be laid out ({reason}); the deck was made without it.</source>
            <comment>deck.section_failed</comment>
            <translation>无法排版章节“{title}”（{reason}）；演示文稿中不含该章节。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="136" />
            <source>The speaker notes are {length} characters long; at most {limit} are kept per section.</source>
            <comment>deck.notes_too_long</comment>
            <translation>演讲者备注有 {length} 个字符；每个章节最多保留 {limit} 个字符。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="137" />
            <source>Choose the slide whose headline you want to change.</source>
            <comment>deck.no_slide_key</comment>
            <translation>请选择要修改标题的幻灯片。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="138" />
            <source>Choose the section whose speaker notes you want to change.</source>
            <comment>deck.no_section</comment>
            <translation>请选择要修改演讲者备注的章节。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="139" />
            <source>{where} is longer than a slide can show; the deck shows its first {limit} characters (the plan keeps all of it).</source>
            <comment>deck.text_cut</comment>
            <translation>{where}过长，幻灯片放不下；演示文稿只显示前 {limit} 个字符（计划中保留全文）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="140" />
            <source>Left out of the deck: the objectives slide (no objectives).</source>
            <comment>deck.left_out_objectives</comment>
            <translation>未放入演示文稿：目标页（尚无目标）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="141" />
            <source>Left out of the deck: the positioning map (no competitor has both a {x} and a {y} score).</source>
            <comment>deck.left_out_map</comment>
            <translation>未放入演示文稿：竞品定位图（没有竞品同时具有 {x} 和 {y} 评分）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="142" />
            <source>Left out of the deck: the planned-vs-actual chart (no actual spend booked yet).</source>
            <comment>deck.left_out_actuals</comment>
            <translation>未放入演示文稿：计划与实际对比图（尚未录入实际投放）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="143" />
            <source>Left out of the deck: the forecast slides (no channel has a forecast input).</source>
            <comment>deck.left_out_forecast</comment>
            <translation>未放入演示文稿：预测页（没有渠道填写预测输入）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="144" />
            <source>Left out of the deck: the campaign calendar (no campaign has dates).</source>
            <comment>deck.left_out_calendar</comment>
            <translation>未放入演示文稿：营销日历（没有活动设定日期）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="145" />
            <source>must not be null</source>
            <comment>exchange.not_null</comment>
            <translation>不能为 null</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="146" />
            <source>must be {kind}, not {found}</source>
            <comment>exchange.wrong_type</comment>
            <translation>必须是{kind}，而不是 {found}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="147" />
            <source>holds {char}, half of a character pair, which is not valid text</source>
            <comment>exchange.half_pair</comment>
            <translation>含有 {char}，这是半个字符对，不是有效文本</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="148" />
            <source>is larger than {mb} MB, the most a plan holds</source>
            <comment>exchange.value_too_large</comment>
            <translation>大于 {mb} MB，超出计划可容纳的上限</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="149" />
            <source>'{value}' is not a date in the form YYYY-MM-DD</source>
            <comment>exchange.bad_date</comment>
            <translation>“{value}”不是 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="150" />
            <source>is too large a whole number</source>
            <comment>exchange.whole_too_large</comment>
            <translation>整数过大</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="151" />
            <source>is too large a number</source>
            <comment>exchange.number_too_large</comment>
            <translation>数字过大</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="152" />
            <source>is not valid base64</source>
            <comment>exchange.bad_base64</comment>
            <translation>不是有效的 base64</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="153" />
            <source>'{value}' is not an id in lowercase UUID form</source>
            <comment>exchange.bad_id</comment>
            <translation>“{value}”不是小写 UUID 形式的 id</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="154" />
            <source>is not a PNG or JPEG image matching its type</source>
            <comment>exchange.bad_image</comment>
            <translation>不是与其类型相符的 PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="155" />
            <source>must be an object, not {found}</source>
            <comment>exchange.not_object</comment>
            <translation>必须是对象，而不是 {found}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="156" />
            <source>unknown field '{field}' in {table}</source>
            <comment>exchange.unknown_field</comment>
            <translation>{table} 中有未知字段“{field}”</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="157" />
            <source>is missing</source>
            <comment>exchange.missing</comment>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="158" />
            <source>refers to a {table} that is not in the file ('{value}')</source>
            <comment>exchange.dangling</comment>
            <translation>引用了文件中没有的 {table}（“{value}”）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="159" />
            <source>the document must be a JSON object</source>
            <comment>exchange.not_document</comment>
            <translation>文档必须是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="160" />
            <source>must be "{format}" (this is not a Stratdeck plan export)</source>
            <comment>exchange.not_stratdeck</comment>
            <translation>必须是“{format}”（这不是 Stratdeck 计划导出文件）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="161" />
            <source>must be a positive whole number</source>
            <comment>exchange.bad_version</comment>
            <translation>必须是正整数</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="162" />
            <source>plan format {version} was written by a newer Stratdeck (this one reads up to {known})</source>
            <comment>exchange.too_new</comment>
            <translation>计划格式 {version} 由更新版本的 Stratdeck 写入（当前版本最高支持 {known}）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="163" />
            <source>unknown section '{section}'</source>
            <comment>exchange.unknown_section</comment>
            <translation>未知的部分“{section}”</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="164" />
            <source>must be a list, not {found}</source>
            <comment>exchange.not_list</comment>
            <translation>必须是列表，而不是 {found}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="165" />
            <source>duplicate id '{value}'</source>
            <comment>exchange.duplicate_id</comment>
            <translation>重复的 id“{value}”</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="166" />
            <source>the file is larger than {mb} MB</source>
            <comment>exchange.file_too_large</comment>
            <translation>文件大于 {mb} MB</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="167" />
            <source>the file is not UTF-8 text (byte {byte})</source>
            <comment>exchange.not_utf8</comment>
            <translation>文件不是 UTF-8 文本（第 {byte} 字节）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="168" />
            <source>not valid JSON: {reason} at line {line}, column {column}</source>
            <comment>exchange.not_json</comment>
            <translation>不是有效的 JSON：{reason}，位于第 {line} 行第 {column} 列</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="169" />
            <source>the JSON is nested too deeply</source>
            <comment>exchange.too_deep</comment>
            <translation>JSON 嵌套过深</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="170" />
            <source>{name} does not exist</source>
            <comment>exchange.file_missing</comment>
            <translation>{name} 不存在</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="171" />
            <source>{name} cannot be read: {reason}</source>
            <comment>exchange.file_unreadable</comment>
            <translation>无法读取 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="172" />
            <source>breaks the rule {name}: {rule}</source>
            <comment>exchange.breaks_rule</comment>
            <translation>违反规则 {name}：{rule}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="173" />
            <source>duplicate value ({detail})</source>
            <comment>exchange.duplicate_value</comment>
            <translation>重复的值（{detail}）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="174" />
            <source>The plan cannot be exported: row {row} of {table} holds a {column} that is not {kind}.</source>
            <comment>exchange.cannot_export</comment>
            <translation>无法导出计划：{table} 的第 {row} 行中的 {column} 不是{kind}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="178" />
            <source>{label} for {channel}</source>
            <comment>forecast.input_for</comment>
            <translation>{channel} 的{label}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="179" />
            <source>{label} of KPI “{name}”</source>
            <comment>forecast.kpi_field_of</comment>
            <translation>KPI “{name}” 的{label}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="180" />
            <source>Unknown forecast field '{field}'.</source>
            <comment>forecast.unknown_field</comment>
            <translation>未知的预测字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="181" />
            <source>Unknown KPI field '{field}'.</source>
            <comment>forecast.unknown_kpi_field</comment>
            <translation>未知的 KPI 字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="182" />
            <source>{subject} must be a number, not '{value}'.</source>
            <comment>forecast.not_a_number</comment>
            <translation>{subject}必须是数字，不能是“{value}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="183" />
            <source>{subject} must be at least {low}.</source>
            <comment>forecast.at_least</comment>
            <translation>{subject}不能小于 {low}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="184" />
            <source>{subject} must be more than {low}.</source>
            <comment>forecast.more_than</comment>
            <translation>{subject}必须大于 {low}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="185" />
            <source>{subject} must be at most {high}.</source>
            <comment>forecast.at_most</comment>
            <translation>{subject}不能大于 {high}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="186" />
            <source>{subject} must be between 0 and 1000.</source>
            <comment>forecast.threshold_range</comment>
            <translation>{subject}必须在 0 到 1000 之间。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="187" />
            <source>{subject} must be higher or lower.</source>
            <comment>forecast.higher_or_lower</comment>
            <translation>{subject}必须是“越高越好”或“越低越好”（higher / lower）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="188" />
            <source>{subject} must be one of: {choices}.</source>
            <comment>forecast.one_of</comment>
            <translation>{subject}必须是以下之一：{choices}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="189" />
            <source>That channel no longer exists.</source>
            <comment>forecast.channel_gone</comment>
            <translation>该渠道已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="190" />
            <source>That campaign no longer exists.</source>
            <comment>forecast.campaign_gone</comment>
            <translation>该营销活动已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="191" />
            <source>That KPI no longer exists.</source>
            <comment>forecast.kpi_gone</comment>
            <translation>该 KPI 已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="209" />
            <source>{label}: '{value}' is not a date (YYYY-MM-DD).</source>
            <comment>overview.bad_date</comment>
            <translation>{label}：“{value}”不是日期（格式 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="210" />
            <source>Unknown overview field '{field}'.</source>
            <comment>overview.unknown_field</comment>
            <translation>未知的概览字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="211" />
            <source>{label} must be a three-letter code such as CNY, USD or EUR.</source>
            <comment>overview.bad_currency</comment>
            <translation>{label}必须是三个字母的代码，例如 CNY、USD 或 EUR。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="212" />
            <source>{label} must be zh (中文) or en (English).</source>
            <comment>overview.bad_language</comment>
            <translation>{label}必须是 zh（中文）或 en（English）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="213" />
            <source>{label} must be a colour like #C8102E.</source>
            <comment>overview.bad_colour</comment>
            <translation>{label}必须是颜色值，例如 #C8102E。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="214" />
            <source>The period ends on {end}, before it starts on {start}.</source>
            <comment>overview.period_end_before_start</comment>
            <translation>计划周期的结束日期 {end} 早于开始日期 {start}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="215" />
            <source>A logo needs both image data and its type.</source>
            <comment>overview.logo_incomplete</comment>
            <translation>标志需要同时提供图片数据和图片类型。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="216" />
            <source>Unknown objective field '{field}'.</source>
            <comment>overview.unknown_objective_field</comment>
            <translation>未知的目标字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="217" />
            <source>Objectives are text.</source>
            <comment>overview.objective_not_text</comment>
            <translation>目标必须是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="218" />
            <source>The objective is too long ({length} characters; at most {limit}).</source>
            <comment>overview.objective_too_long</comment>
            <translation>目标过长（{length} 个字符，最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="219" />
            <source>That objective no longer exists.</source>
            <comment>overview.objective_gone</comment>
            <translation>该目标已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="220" />
            <source>{label} (tier {n})</source>
            <comment>personas.tier_label</comment>
            <translation>{label}（第 {n} 层）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="221" />
            <source>{label} ({stage})</source>
            <comment>personas.stage_label</comment>
            <translation>{label}（{stage}）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="222" />
            <source>{label} must be a number from 0 to 100, not '{value}'.</source>
            <comment>personas.share_bad</comment>
            <translation>{label}必须是 0 到 100 之间的数字，“{value}”不是。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="223" />
            <source>{label} must be a number from 0 to 100.</source>
            <comment>personas.share_needed</comment>
            <translation>{label}必须是 0 到 100 之间的数字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="224" />
            <source>Unknown persona field '{field}'.</source>
            <comment>personas.unknown_persona_field</comment>
            <translation>未知的用户画像字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="225" />
            <source>Unknown value tier field '{field}'.</source>
            <comment>personas.unknown_tier_field</comment>
            <translation>未知的客户层级字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="226" />
            <source>Unknown journey stage '{stage}'.</source>
            <comment>personas.unknown_stage</comment>
            <translation>未知的旅程阶段“{stage}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="227" />
            <source>Unknown journey field '{field}'.</source>
            <comment>personas.unknown_journey_field</comment>
            <translation>未知的旅程字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="228" />
            <source>That persona no longer exists.</source>
            <comment>personas.persona_gone</comment>
            <translation>该用户画像已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="229" />
            <source>The personas changed; the cards were not reordered.</source>
            <comment>personas.cards_changed</comment>
            <translation>用户画像已变动，卡片未重新排序。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="230" />
            <source>That value tier no longer exists.</source>
            <comment>personas.tier_gone</comment>
            <translation>该客户层级已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="231" />
            <source>A photo needs PNG or JPEG image data and its type.</source>
            <comment>personas.photo_incomplete</comment>
            <translation>照片需要 PNG 或 JPEG 图像数据及其类型。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="232" />
            <source>The photo of persona '{name}' could not be read; the card is drawn without it.</source>
            <comment>personas.photo_unreadable_in_deck</comment>
            <translation>无法读取用户画像“{name}”的照片；卡片中不含照片。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="233" />
            <source>{name} does not exist.</source>
            <comment>plan.not_found</comment>
            <translation>{name} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="234" />
            <source>{name} is a folder, not a plan file.</source>
            <comment>plan.is_folder</comment>
            <translation>{name} 是一个文件夹，不是计划文件。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="235" />
            <source>{name} cannot be read: {reason}.</source>
            <comment>plan.unreadable</comment>
            <translation>无法读取 {name}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="236" />
            <source>{name} is empty; it is not a Stratdeck plan.</source>
            <comment>plan.empty</comment>
            <translation>{name} 是空文件，不是 Stratdeck 计划。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="237" />
            <source>{name} is not a Stratdeck plan (it is not a database file).</source>
            <comment>plan.not_database</comment>
            <translation>{name} 不是 Stratdeck 计划（它不是数据库文件）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="238" />
            <source>{name} is damaged: the file is cut short.</source>
            <comment>plan.cut_short</comment>
            <translation>{name} 已损坏：文件不完整。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="239" />
            <source>{name} is damaged: its header is invalid.</source>
            <comment>plan.bad_header</comment>
            <translation>{name} 已损坏：文件头无效。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="240" />
            <source>{name} is damaged: the file is cut short (truncated).</source>
            <comment>plan.truncated</comment>
            <translation>{name} 已损坏：文件不完整（被截断）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="241" />
            <source>{name} contains a {kind} named '{label}', which Stratdeck plans never have; it was not opened and nothing in it was run.</source>
            <comment>plan.hostile_object</comment>
            <translation>{name} 含有名为“{label}”的{kind}，Stratdeck 计划中不会有此类对象；文件未被打开，其中的内容也未被执行。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="242" />
            <source>{name} contains an unexpected index '{label}'; it was not opened.</source>
            <comment>plan.unexpected_index</comment>
            <translation>{name} 含有意外的索引“{label}”；文件未被打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="243" />
            <source>{name} contains an unexpected {kind} '{label}'; it was not opened.</source>
            <comment>plan.unexpected_object</comment>
            <translation>{name} 含有意外的 {kind}“{label}”；文件未被打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="244" />
            <source>{name} contains a virtual table '{label}'; it was not opened.</source>
            <comment>plan.virtual_table</comment>
            <translation>{name} 含有虚拟表“{label}”；文件未被打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="245" />
            <source>{name} contains a table '{label}' that Stratdeck plans do not have; it was not opened.</source>
            <comment>plan.unknown_table</comment>
            <translation>{name} 含有 Stratdeck 计划中没有的表“{label}”；文件未被打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="246" />
            <source>{name} is damaged: the table '{table}' has been altered.</source>
            <comment>plan.altered_table</comment>
            <translation>{name} 已损坏：表“{table}”已被改动。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="247" />
            <source>{name} is damaged: the table '{table}' is missing.</source>
            <comment>plan.missing_table</comment>
            <translation>{name} 已损坏：缺少表“{table}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="248" />
            <source>{name} is damaged: a value in {table} is larger than {mb} MB.</source>
            <comment>plan.value_too_large</comment>
            <translation>{name} 已损坏：{table} 中有一个值大于 {mb} MB。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="249" />
            <source>{name} is damaged: {column} holds a value that is not {storage}.</source>
            <comment>plan.wrong_storage</comment>
            <translation>{name} 已损坏：{column} 中有一个值不是{storage}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="250" />
            <source>{name} is damaged: the integrity check failed ({detail}).</source>
            <comment>plan.integrity</comment>
            <translation>{name} 已损坏：完整性检查未通过（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="251" />
            <source>{name} is not a Stratdeck plan (it is a database of another program).</source>
            <comment>plan.other_program</comment>
            <translation>{name} 不是 Stratdeck 计划（它是其他程序的数据库）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="252" />
            <source>{name} was made by a newer Stratdeck (plan format {version}; this version reads up to {known}). Please update Stratdeck to open it.</source>
            <comment>plan.too_new</comment>
            <translation>{name} 由更新版本的 Stratdeck 创建（计划格式 {version}；当前版本最高支持 {known}）。请更新 Stratdeck 后再打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="253" />
            <source>{name} is damaged: its format version ({version}) is invalid.</source>
            <comment>plan.bad_version</comment>
            <translation>{name} 已损坏：格式版本（{version}）无效。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="254" />
            <source>{name} is damaged: some rows refer to items that no longer exist.</source>
            <comment>plan.dangling_rows</comment>
            <translation>{name} 已损坏：有些行引用了已不存在的条目。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="255" />
            <source>{name} is damaged: it holds {count} plan overviews instead of one.</source>
            <comment>plan.plan_count</comment>
            <translation>{name} 已损坏：其中有 {count} 个计划概览，而不是一个。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="256" />
            <source>{name} is damaged or not a Stratdeck plan ({detail}).</source>
            <comment>plan.damaged</comment>
            <translation>{name} 已损坏或不是 Stratdeck 计划（{detail}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="257" />
            <source>{name} is damaged or not a Stratdeck plan (its structure holds invalid text).</source>
            <comment>plan.damaged_text</comment>
            <translation>{name} 已损坏或不是 Stratdeck 计划（其结构中含有无效文本）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="258" />
            <source>{name} is damaged: it has tables that plan format {version} does not have.</source>
            <comment>plan.newer_tables</comment>
            <translation>{name} 已损坏：其中有计划格式 {version} 没有的表。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="259" />
            <source>{name} is damaged: the table '{table}' does not match plan format {version}.</source>
            <comment>plan.table_mismatch</comment>
            <translation>{name} 已损坏：表“{table}”与计划格式 {version} 不符。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="260" />
            <source>{name} uses plan format {version}, which this Stratdeck cannot upgrade.</source>
            <comment>plan.cannot_upgrade</comment>
            <translation>{name} 使用计划格式 {version}，当前版本的 Stratdeck 无法升级它。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="261" />
            <source>{name} could not be upgraded from format {version}; it was left unchanged ({reason}).</source>
            <comment>plan.upgrade_failed</comment>
            <translation>{name} 无法从格式 {version} 升级；文件保持原样（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="262" />
            <source>The template {key} ({language}) is missing from this installation.</source>
            <comment>plan.template_missing</comment>
            <translation>此安装中缺少模板 {key}（{language}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="263" />
            <source>The sample plan is missing from this installation.</source>
            <comment>plan.sample_missing</comment>
            <translation>此安装中缺少示例计划。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="264" />
            <source>{name} cannot be written; it can be opened read-only.</source>
            <comment>plan.cannot_write_read_only</comment>
            <translation>{name} 不可写入；可以以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="265" />
            <source>{name} cannot be opened ({reason}).</source>
            <comment>plan.cannot_open</comment>
            <translation>无法打开 {name}（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="266" />
            <source>{name} was not opened for editing, because its backup could not be written ({reason}). You can open it read-only.</source>
            <comment>plan.backup_failed</comment>
            <translation>{name} 未以编辑方式打开，因为无法写入其备份（{reason}）。您可以以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="267" />
            <source>{name} is already open by {who}. You can open it read-only.</source>
            <comment>plan.locked_by</comment>
            <translation>{name} 已被 {who} 打开。您可以以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="268" />
            <source>{user} on {host} (process {pid}, since {since})</source>
            <comment>plan.holder</comment>
            <translation>{host} 上的 {user}（进程 {pid}，自 {since} 起）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="269" />
            <source>The folder of {name} cannot be written, so the plan can only be opened read-only.</source>
            <comment>plan.folder_read_only</comment>
            <translation>{name} 所在的文件夹不可写入，因此只能以只读方式打开该计划。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="270" />
            <source>{name} cannot be opened for editing: its lock file could not be written ({reason}). You can open it read-only.</source>
            <comment>plan.lock_unwritable</comment>
            <translation>{name} 无法以编辑方式打开：无法写入其锁文件（{reason}）。您可以以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="271" />
            <source>{name} is locked by another process.</source>
            <comment>plan.locked</comment>
            <translation>{name} 已被另一个进程锁定。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="272" />
            <source>Your last change was not saved: {reason}. Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
            <comment>plan.not_saved</comment>
            <translation>最近一次修改未能保存：{reason}。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="273" />
            <source>the disk is full</source>
            <comment>plan.reason_disk_full</comment>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="274" />
            <source>{name} was moved or deleted while open</source>
            <comment>plan.reason_moved</comment>
            <translation>{name} 在打开期间被移动或删除</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="275" />
            <source>{name} cannot be written (read-only)</source>
            <comment>plan.reason_read_only</comment>
            <translation>{name} 不可写入（只读）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="276" />
            <source>{name} is busy in another program</source>
            <comment>plan.reason_busy</comment>
            <translation>{name} 正被其他程序占用</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="277" />
            <source>the disk reported an error</source>
            <comment>plan.reason_disk_error</comment>
            <translation>磁盘报告了错误</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="278" />
            <source>{name} is open read-only; use File › Save As to edit a copy.</source>
            <comment>plan.read_only_plan</comment>
            <translation>{name} 以只读方式打开；请使用“文件 › 另存为”编辑副本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="279" />
            <source>{name} is open read-only; it cannot be restored.</source>
            <comment>plan.read_only_restore</comment>
            <translation>{name} 以只读方式打开；无法恢复。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="280" />
            <source>The change was refused: {reason}.</source>
            <comment>plan.change_refused</comment>
            <translation>修改被拒绝：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="281" />
            <source>The change was refused: the text holds {char}, which is not a character.</source>
            <comment>plan.change_not_character</comment>
            <translation>修改被拒绝：文本中含有 {char}，它不是有效字符。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="282" />
            <source>Cannot create {name}: {reason}.</source>
            <comment>plan.cannot_create</comment>
            <translation>无法创建 {name}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="283" />
            <source>Could not create {name}: {reason}.</source>
            <comment>plan.could_not_create</comment>
            <translation>未能创建 {name}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="284" />
            <source>Some rows refer to items that are not in the plan.</source>
            <comment>plan.dangling_import</comment>
            <translation>有些行引用了计划中没有的条目。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="285" />
            <source>Cannot write to {folder}: {reason}.</source>
            <comment>plan.cannot_write_to</comment>
            <translation>无法写入 {folder}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="286" />
            <source>Could not write {name}: {reason}.</source>
            <comment>plan.could_not_write</comment>
            <translation>未能写入 {name}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="287" />
            <source>{target} is a folder; give a file name to write.</source>
            <comment>plan.target_is_folder</comment>
            <translation>{target} 是一个文件夹；请提供要写入的文件名。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="288" />
            <source>The folder {folder} does not exist.</source>
            <comment>plan.no_folder</comment>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="289" />
            <source>That item no longer exists.</source>
            <comment>plan.item_gone</comment>
            <translation>该条目已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="290" />
            <source>{label} must be text.</source>
            <comment>plan.not_text</comment>
            <translation>{label}必须是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="291" />
            <source>{label} is too long ({length} characters; at most {limit}).</source>
            <comment>plan.too_long</comment>
            <translation>{label}过长（{length} 个字符，最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="292" />
            <source>{label}: the text holds {char}, which is not a character.</source>
            <comment>plan.not_character</comment>
            <translation>{label}：文本中含有 {char}，它不是有效字符。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="293" />
            <source>{name} is too large ({mb} MB); the limit is 10 MB.</source>
            <comment>plan.image_too_large</comment>
            <translation>{name} 过大（{mb} MB），上限为 10 MB。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="294" />
            <source>{name} is a {kind} image; use a PNG or JPEG file.</source>
            <comment>plan.image_kind</comment>
            <translation>{name} 是 {kind} 图片，请使用 PNG 或 JPEG 文件。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="295" />
            <source>{name} is too large ({size} pixels).</source>
            <comment>plan.image_pixels</comment>
            <translation>{name} 尺寸过大（{size} 像素）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="296" />
            <source>{name} is not a PNG or JPEG image.</source>
            <comment>plan.not_image</comment>
            <translation>{name} 不是 PNG 或 JPEG 图片。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="297" />
            <source>{name} is damaged and cannot be used as an image ({reason}).</source>
            <comment>plan.image_damaged</comment>
            <translation>{name} 已损坏，无法用作图片（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="303" />
            <source>{path} is a folder; choose a file name for the deck.</source>
            <comment>pptx.target_is_folder</comment>
            <translation>{path} 是一个文件夹；请为演示文稿指定文件名。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="304" />
            <source>{name} is the plan itself; choose another file name for the deck.</source>
            <comment>pptx.target_is_plan</comment>
            <translation>{name} 是营销计划文件本身；请为演示文稿另取一个文件名。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="305" />
            <source>--part is not used with --format pptx: choose slides with --sections.</source>
            <comment>pptx.no_part</comment>
            <translation>--format pptx 不使用 --part：请用 --sections 选择幻灯片。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="306" />
            <source>--password is only used with --format pdf (a PPTX is not encrypted).</source>
            <comment>pptx.no_password</comment>
            <translation>--password 仅用于 --format pdf（PPTX 不加密）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="307" />
            <source>Template prompt text is still in {table} › {field}: “{text}”. Replace it with your own words.</source>
            <comment>prompts.left</comment>
            <translation>{table} › {field} 中仍是模板提示文字：“{text}”。请改成您自己的内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="308" />
            <source>A snapshot needs a name (1 to 200 characters).</source>
            <comment>review.name_missing</comment>
            <translation>快照需要一个名称（1 到 200 个字符）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="309" />
            <source>The snapshot name is {length} characters long; at most 200 fit.</source>
            <comment>review.name_too_long</comment>
            <translation>快照名称有 {length} 个字符，最多 200 个。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="310" />
            <source>The snapshot note is {length} characters long; at most 5,000 fit.</source>
            <comment>review.note_too_long</comment>
            <translation>快照备注有 {length} 个字符，最多 5,000 个。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="311" />
            <source>{plan} has no snapshot “{snapshot}”.</source>
            <comment>review.unknown_snapshot</comment>
            <translation>{plan} 中没有快照“{snapshot}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="312" />
            <source>The snapshot “{snapshot}” in {plan} is damaged ({reason}); its content cannot be read.</source>
            <comment>review.snapshot_damaged</comment>
            <translation>{plan} 中的快照“{snapshot}”已损坏（{reason}），无法读取其内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="313" />
            <source>The snapshot “{snapshot}” was taken by a newer Stratdeck (plan format {version}).</source>
            <comment>review.snapshot_newer</comment>
            <translation>快照“{snapshot}”由更新版本的 Stratdeck 拍摄（方案格式 {version}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="314" />
            <source>{mine} and {theirs} are not copies of the same plan (their plan ids differ), so they cannot be compared or merged.</source>
            <comment>review.different_plans</comment>
            <translation>{mine} 和 {theirs} 不是同一方案的副本（方案 ID 不同），无法对比或合并。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="315" />
            <source>{mine} and {theirs} share no snapshot, so there is no common version to merge against. Send copies with File › Send a Copy so that both files record one.</source>
            <comment>review.no_common_snapshot</comment>
            <translation>{mine} 和 {theirs} 没有共同的快照，因此没有可作为合并基准的版本。请用 文件 › 发送副本 发送副本，让两个文件都记录同一个快照。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="316" />
            <source>Conflicts left unresolved: {count}; nothing was written.</source>
            <comment>review.unresolved</comment>
            <translation>尚有 {count} 个冲突未解决；未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="317" />
            <source>{file} is the plan itself; choose another file.</source>
            <comment>review.same_file</comment>
            <translation>{file} 就是方案本身，请选择其他文件。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="318" />
            <source>{file} already exists; choose another name.</source>
            <comment>review.output_exists</comment>
            <translation>{file} 已存在，请换一个名称。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="319" />
            <source>The edited value of {field} is not valid: {reason}</source>
            <comment>review.bad_edit</comment>
            <translation>{field} 的修改值无效：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="320" />
            <source>The merged plan is not valid ({reason}); nothing was written.</source>
            <comment>review.merge_invalid</comment>
            <translation>合并后的方案无效（{reason}）；未写入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="321" />
            <source>diff needs a second plan B or --since SNAPSHOT.</source>
            <comment>review.diff_needs_two</comment>
            <translation>diff 需要第二个方案 B 或 --since 快照。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="322" />
            <source>{label}: text expected.</source>
            <comment>risks.text_expected</comment>
            <translation>{label}：应为文字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="323" />
            <source>{label}: at most {limit} characters ({length} given).</source>
            <comment>risks.too_long</comment>
            <translation>{label}：最多 {limit} 个字符（当前 {length} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="324" />
            <source>{label} must be a whole number from {low} to {high}.</source>
            <comment>risks.whole_number</comment>
            <translation>{label}必须是 {low} 到 {high} 之间的整数。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="325" />
            <source>{label} must be a number above 0 and at most {high}.</source>
            <comment>risks.positive_number</comment>
            <translation>{label}必须是大于 0 且不超过 {high} 的数字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="326" />
            <source>{label} must be a date (YYYY-MM-DD), not '{value}'.</source>
            <comment>risks.bad_date</comment>
            <translation>{label}必须是日期（YYYY-MM-DD），“{value}”不是。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="327" />
            <source>Unknown risk field '{field}'.</source>
            <comment>risks.unknown_risk_field</comment>
            <translation>未知的风险字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="328" />
            <source>Unknown severity level field '{field}'.</source>
            <comment>risks.unknown_severity_level_field</comment>
            <translation>未知的响应级别字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="329" />
            <source>Unknown playbook field '{field}'.</source>
            <comment>risks.unknown_playbook_field</comment>
            <translation>未知的预案字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="330" />
            <source>Unknown contact field '{field}'.</source>
            <comment>risks.unknown_contact_field</comment>
            <translation>未知的联系人字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="331" />
            <source>Unknown step field '{field}'.</source>
            <comment>risks.unknown_step_field</comment>
            <translation>未知的步骤字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="332" />
            <source>Unknown statement field '{field}'.</source>
            <comment>risks.unknown_statement_field</comment>
            <translation>未知的声明字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="333" />
            <source>Status must be one of open, monitoring, mitigated, closed.</source>
            <comment>risks.bad_status</comment>
            <translation>状态必须是：未处理、监控中、已缓解或已关闭。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="334" />
            <source>That risk no longer exists.</source>
            <comment>risks.risk_gone</comment>
            <translation>该风险已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="335" />
            <source>That severity level no longer exists.</source>
            <comment>risks.severity_level_gone</comment>
            <translation>该响应级别已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="336" />
            <source>That playbook no longer exists.</source>
            <comment>risks.playbook_gone</comment>
            <translation>该预案已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="337" />
            <source>That contact no longer exists.</source>
            <comment>risks.contact_gone</comment>
            <translation>该联系人已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="338" />
            <source>That step no longer exists.</source>
            <comment>risks.step_gone</comment>
            <translation>该步骤已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="339" />
            <source>That statement no longer exists.</source>
            <comment>risks.statement_gone</comment>
            <translation>该声明已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="340" />
            <source>The chosen severity level no longer exists.</source>
            <comment>risks.chosen_severity_level_gone</comment>
            <translation>所选响应级别已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="341" />
            <source>The chosen KPI no longer exists.</source>
            <comment>risks.chosen_kpi_gone</comment>
            <translation>所选指标已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="342" />
            <source>The chosen risk no longer exists.</source>
            <comment>risks.chosen_risk_gone</comment>
            <translation>所选风险已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="343" />
            <source>Severity level {level} already exists.</source>
            <comment>risks.level_exists</comment>
            <translation>响应级别 {level} 已存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="344" />
            <source>All nine severity levels exist already.</source>
            <comment>risks.all_levels_exist</comment>
            <translation>九个响应级别已全部存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="345" />
            <source>The plan already has severity levels; the standard ones are only added to a plan without any.</source>
            <comment>risks.levels_exist</comment>
            <translation>计划已有响应级别；标准级别只能添加到尚无级别的计划中。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="346" />
            <source>Playbook '{name}' does not fit one page at {points} pt; it continues over {pages} pages.</source>
            <comment>risks.playbook_overflows</comment>
            <translation>预案“{name}”在 {points} 磅字号下仍无法排进一页，已续排为 {pages} 页。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="347" />
            <source>That SWOT item no longer exists.</source>
            <comment>swot.item_gone</comment>
            <translation>该 SWOT 条目已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="348" />
            <source>That TOWS strategy no longer exists.</source>
            <comment>swot.strategy_gone</comment>
            <translation>该 TOWS 策略已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="349" />
            <source>'{value}' is not a SWOT quadrant (S, W, O or T).</source>
            <comment>swot.bad_quadrant</comment>
            <translation>“{value}”不是 SWOT 象限（S、W、O 或 T）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="350" />
            <source>'{value}' is not a TOWS kind (SO, ST, WO or WT).</source>
            <comment>swot.bad_kind</comment>
            <translation>“{value}”不是 TOWS 策略类型（SO、ST、WO 或 WT）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="351" />
            <source>The weight must be a whole number from 1 to 5.</source>
            <comment>swot.weight_not_whole</comment>
            <translation>权重必须是 1 到 5 之间的整数。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="352" />
            <source>The weight must be from 1 to 5, not {value}.</source>
            <comment>swot.weight_out_of_range</comment>
            <translation>权重必须在 1 到 5 之间，不能是 {value}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="353" />
            <source>Unknown SWOT item field '{value}'.</source>
            <comment>swot.unknown_item_field</comment>
            <translation>未知的 SWOT 条目字段“{value}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="354" />
            <source>Unknown TOWS strategy field '{value}'.</source>
            <comment>swot.unknown_strategy_field</comment>
            <translation>未知的 TOWS 策略字段“{value}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="355" />
            <source>A strategy cites each SWOT item once.</source>
            <comment>swot.cites_twice</comment>
            <translation>一个策略对每个 SWOT 条目只能引用一次。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="356" />
            <source>{label} takes text only.</source>
            <comment>swot.text_only</comment>
            <translation>{label}只能是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="357" />
            <source>{label} has {length} characters; the limit is {limit}.</source>
            <comment>swot.too_long</comment>
            <translation>{label}有 {length} 个字符，上限为 {limit}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="192" />
            <source>{label} must be text.</source>
            <comment>initiatives.not_text</comment>
            <translation>{label}必须是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="193" />
            <source>{label} is too long ({length} characters; at most {limit}).</source>
            <comment>initiatives.too_long</comment>
            <translation>{label}过长（{length} 个字符；最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="194" />
            <source>{label}: the text holds a character a plan cannot store.</source>
            <comment>initiatives.not_a_character</comment>
            <translation>{label}：文本中含有计划文件无法保存的字符。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="195" />
            <source>{label}: '{value}' is not a date (YYYY-MM-DD).</source>
            <comment>initiatives.bad_date</comment>
            <translation>{label}：“{value}”不是日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="196" />
            <source>The end date {end} is before the start date {start}.</source>
            <comment>initiatives.end_before_start</comment>
            <translation>结束日期 {end} 早于开始日期 {start}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="197" />
            <source>Quarter: '{value}' is not a quarter such as 2027-Q2.</source>
            <comment>initiatives.bad_quarter</comment>
            <translation>季度：“{value}”不是形如 2027-Q2 的季度。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="198" />
            <source>{label} must be one of {choices}.</source>
            <comment>initiatives.bad_choice</comment>
            <translation>{label}必须是以下之一：{choices}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="199" />
            <source>There is no field '{field}' on {what}.</source>
            <comment>initiatives.unknown_field</comment>
            <translation>{what}没有字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="200" />
            <source>That pillar no longer exists.</source>
            <comment>initiatives.pillar_gone</comment>
            <translation>该策略支柱已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="201" />
            <source>That initiative no longer exists.</source>
            <comment>initiatives.initiative_gone</comment>
            <translation>该举措已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="202" />
            <source>That team or partner no longer exists.</source>
            <comment>initiatives.party_gone</comment>
            <translation>该部门或合作方已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="203" />
            <source>That checkpoint no longer exists.</source>
            <comment>initiatives.checkpoint_gone</comment>
            <translation>该监测点已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="204" />
            <source>Pick an existing pillar for the initiative.</source>
            <comment>initiatives.no_such_pillar</comment>
            <translation>请为举措选择一个已有的策略支柱。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="205" />
            <source>There is no link of kind '{kind}'.</source>
            <comment>initiatives.unknown_link_kind</comment>
            <translation>没有“{kind}”类型的关联。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="206" />
            <source>One of the picked {what} no longer exists.</source>
            <comment>initiatives.link_gone</comment>
            <translation>所选的{what}中有一项已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="207" />
            <source>A role must be R, A, C or I (or empty).</source>
            <comment>initiatives.bad_role</comment>
            <translation>分工必须是 R、A、C 或 I（或留空）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="208" />
            <source>The threshold of '{kpi}' must be a number.</source>
            <comment>initiatives.bad_threshold</comment>
            <translation>“{kpi}”的阈值必须是数字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="72" />
            <source>Campaign '{name}'</source>
            <comment>calendar.campaign_subject</comment>
            <translation>营销活动“{name}”</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="11" />
            <source>Budget line '{line}', {month} {layer}</source>
            <comment>budget.cell_subject</comment>
            <translation>预算项“{line}”，{month} {layer}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="12" />
            <source>{subject}: '{value}' is negative; amounts are 0 or more.</source>
            <comment>budget.amount_negative</comment>
            <translation>{subject}：“{value}”是负数；金额须为 0 或以上。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="13" />
            <source>{subject}: '{value}' is not a number.</source>
            <comment>budget.amount_not_number</comment>
            <translation>{subject}：“{value}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="14" />
            <source>{subject}: '{value}' is too large (at most 10,000,000,000,000).</source>
            <comment>budget.amount_too_large</comment>
            <translation>{subject}：“{value}”过大（最多 10,000,000,000,000）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="15" />
            <source>Reserve pool: '{value}' is not a percentage from 0 to 99.</source>
            <comment>budget.reserve_bad</comment>
            <translation>应急储备金：“{value}”不是 0 到 99 之间的百分比。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="16" />
            <source>That budget line no longer exists.</source>
            <comment>budget.line_gone</comment>
            <translation>该预算项已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="17" />
            <source>That campaign no longer exists.</source>
            <comment>budget.campaign_gone</comment>
            <translation>该营销活动已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="18" />
            <source>'{value}' is not a month (YYYY-MM).</source>
            <comment>budget.bad_month</comment>
            <translation>“{value}”不是月份（YYYY-MM）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="19" />
            <source>Unknown budget layer '{layer}' (planned or actual).</source>
            <comment>budget.unknown_layer</comment>
            <translation>未知的预算层“{layer}”（应为 planned 或 actual）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="20" />
            <source>Unknown budget line field '{field}'.</source>
            <comment>budget.unknown_line_field</comment>
            <translation>未知的预算项字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="21" />
            <source>Choose a channel for the budget line (add channels in Budget › Summary › Channels).</source>
            <comment>budget.choose_channel</comment>
            <translation>请为预算项选择渠道（渠道在“预算 › 汇总 › 渠道”中添加）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="22" />
            <source>The budget cannot be put back: a channel or campaign it uses was deleted.</source>
            <comment>budget.cannot_put_back</comment>
            <translation>无法恢复预算：其使用的渠道或营销活动已被删除。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="23" />
            <source>Channel name must be text.</source>
            <comment>budget.channel_name_not_text</comment>
            <translation>渠道名称必须是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="24" />
            <source>Channel name cannot be empty.</source>
            <comment>budget.channel_name_empty</comment>
            <translation>渠道名称不能为空。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="25" />
            <source>Channel name is too long ({count} characters; at most {limit}).</source>
            <comment>budget.channel_name_too_long</comment>
            <translation>渠道名称过长（{count} 个字符，最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="26" />
            <source>There is already a channel named '{name}'.</source>
            <comment>budget.channel_exists</comment>
            <translation>已有名为“{name}”的渠道。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="27" />
            <source>Target share must be a number from 0 to 100 (per cent), or blank.</source>
            <comment>budget.target_share_bad</comment>
            <translation>目标占比必须是 0 到 100 之间的数字（百分比），或留空。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="28" />
            <source>Channel colour must be a colour like #2E86AB, or blank.</source>
            <comment>budget.channel_colour_bad</comment>
            <translation>渠道颜色必须是类似 #2E86AB 的颜色值，或留空。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="29" />
            <source>Note must be text.</source>
            <comment>budget.note_not_text</comment>
            <translation>备注必须是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="30" />
            <source>Note is too long ({count} characters; at most {limit}).</source>
            <comment>budget.note_too_long</comment>
            <translation>备注过长（{count} 个字符，最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="31" />
            <source>Unknown channel field '{field}'.</source>
            <comment>budget.unknown_channel_field</comment>
            <translation>未知的渠道字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="32" />
            <source>That channel no longer exists.</source>
            <comment>budget.channel_gone</comment>
            <translation>该渠道已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="33" />
            <source>The standard channels can only be added to a plan without channels.</source>
            <comment>budget.standard_channels_need_empty</comment>
            <translation>只有在计划还没有渠道时才能添加标准渠道。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="34" />
            <source>Sheet '{sheet}', row {row}</source>
            <comment>budget.place_row</comment>
            <translation>工作表“{sheet}”第 {row} 行</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="35" />
            <source>Sheet '{sheet}', row {row}, column {column}</source>
            <comment>budget.place_cell</comment>
            <translation>工作表“{sheet}”第 {row} 行 {column} 列</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="36" />
            <source>Sheet '{sheet}', row {row}, column {column} ({title})</source>
            <comment>budget.place_cell_titled</comment>
            <translation>工作表“{sheet}”第 {row} 行 {column} 列 ({title})</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="37" />
            <source>{place}: {problem}</source>
            <comment>budget.problem_at</comment>
            <translation>{place}：{problem}</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="38" />
            <source>{first} Nothing was imported.</source>
            <comment>budget.import_failed</comment>
            <translation>{first} 未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="39" />
            <source>{count} problems in {name}; first: {first} Nothing was imported.</source>
            <comment>budget.import_failed_many</comment>
            <translation>{name} 中有 {count} 个问题；第一个：{first} 未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="40" />
            <source>… and {count} more.</source>
            <comment>budget.more_problems</comment>
            <translation>……另有 {count} 个。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="41" />
            <source>'{value}' is not a number.</source>
            <comment>budget.import_not_number</comment>
            <translation>“{value}”不是数字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="42" />
            <source>'{value}' is negative; amounts are 0 or more.</source>
            <comment>budget.import_negative</comment>
            <translation>“{value}”是负数；金额必须大于或等于 0。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="43" />
            <source>'{value}' is too large (at most 10,000,000,000,000).</source>
            <comment>budget.import_too_large</comment>
            <translation>“{value}”过大（最多 10,000,000,000,000）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="44" />
            <source>'{value}' is not a channel of this plan (add it in Budget › Summary › Channels first).</source>
            <comment>budget.import_unknown_channel</comment>
            <translation>“{value}”不是本计划的渠道（请先在“预算 › 汇总 › 渠道”中添加）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="45" />
            <source>'{value}' is not a campaign of this plan.</source>
            <comment>budget.import_unknown_campaign</comment>
            <translation>“{value}”不是本计划的营销活动。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="46" />
            <source>the channel is empty.</source>
            <comment>budget.import_channel_empty</comment>
            <translation>渠道为空。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="47" />
            <source>too long ({length} characters; at most {limit}).</source>
            <comment>budget.import_too_long</comment>
            <translation>过长（{length} 个字符；最多 {limit} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="48" />
            <source>this is not a month column (write YYYY-MM planned or YYYY-MM actual, e.g. 2027-03 planned).</source>
            <comment>budget.import_not_month_column</comment>
            <translation>这不是月份列（请写成“YYYY-MM planned”或“YYYY-MM actual”，例如 2027-03 planned）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="49" />
            <source>the row has {count} cells but the header names {width} columns.</source>
            <comment>budget.import_row_too_wide</comment>
            <translation>该行有 {count} 个单元格，但表头只有 {width} 列。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="50" />
            <source>no Channel column; the first row must name the columns (Channel, Sub-channel, Campaign, Owner, Note, 2027-01 planned, 2027-01 actual, …).</source>
            <comment>budget.import_no_channel_column</comment>
            <translation>没有“渠道”列；第一行必须是列名（Channel、Sub-channel、Campaign、Owner、Note、2027-01 planned、2027-01 actual……）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="51" />
            <source>no month columns such as '2027-01 planned' or '2027-01 actual'.</source>
            <comment>budget.import_no_month_columns</comment>
            <translation>没有月份列（例如“2027-01 planned”或“2027-01 actual”）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="52" />
            <source>'{key}' is not a budget field or a month column.</source>
            <comment>budget.import_bad_key</comment>
            <translation>“{key}”不是预算字段，也不是月份列。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="53" />
            <source>{name} does not exist.</source>
            <comment>budget.file_missing</comment>
            <translation>{name} 不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="54" />
            <source>{name} cannot be read ({why}).</source>
            <comment>budget.file_unreadable</comment>
            <translation>无法读取 {name}（{why}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="55" />
            <source>{name} is too large ({size} MB); the limit is 20 MB.</source>
            <comment>budget.file_too_large</comment>
            <translation>{name} 太大（{size} MB），上限为 20 MB。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="56" />
            <source>{name} is empty.</source>
            <comment>budget.file_empty</comment>
            <translation>{name} 是空文件。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="57" />
            <source>{name} has no rows.</source>
            <comment>budget.file_no_rows</comment>
            <translation>{name} 中没有任何行。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="58" />
            <source>{name} has no sheets.</source>
            <comment>budget.file_no_sheets</comment>
            <translation>{name} 中没有工作表。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="59" />
            <source>{name} is not an XLSX workbook (it is not a zip archive).</source>
            <comment>budget.not_zip</comment>
            <translation>{name} 不是 XLSX 工作簿（它不是 zip 压缩包）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="60" />
            <source>{name} is not an XLSX workbook (the zip archive is damaged).</source>
            <comment>budget.zip_damaged</comment>
            <translation>{name} 不是 XLSX 工作簿（zip 压缩包已损坏）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="61" />
            <source>{name} has {count} parts; an XLSX workbook has far fewer.</source>
            <comment>budget.zip_parts</comment>
            <translation>{name} 包含 {count} 个部件，正常的 XLSX 工作簿远少于此。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="62" />
            <source>{name} unpacks to {size} MB (ratio {ratio}:1); it looks like a zip bomb; not opened.</source>
            <comment>budget.zip_bomb</comment>
            <translation>{name} 解压后为 {size} MB（压缩比 {ratio}:1），疑似 zip 炸弹，未打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="63" />
            <source>{name} contains XML entity declarations, which spreadsheets never need; it was not read.</source>
            <comment>budget.xml_entities</comment>
            <translation>{name} 含有 XML 实体声明，正常电子表格不需要它，因此未读取该文件。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="64" />
            <source>{name} cannot be read as an XLSX workbook ({why}).</source>
            <comment>budget.xlsx_unreadable</comment>
            <translation>无法将 {name} 作为 XLSX 工作簿读取（{why}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="65" />
            <source>Sheet '{sheet}' of {name} has more than {limit} columns.</source>
            <comment>budget.sheet_too_wide</comment>
            <translation>{name} 的工作表“{sheet}”超过 {limit} 列。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="66" />
            <source>Sheet '{sheet}' of {name} has more than {limit} rows.</source>
            <comment>budget.sheet_too_long</comment>
            <translation>{name} 的工作表“{sheet}”超过 {limit} 行。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="67" />
            <source>{name} is neither UTF-8 nor GB18030 text; save it as CSV UTF-8.</source>
            <comment>budget.not_utf8</comment>
            <translation>{name} 既不是 UTF-8 也不是 GB18030 文本，请另存为“CSV UTF-8”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="68" />
            <source>{name} is not a CSV text file (it holds binary data).</source>
            <comment>budget.csv_binary</comment>
            <translation>{name} 不是 CSV 文本文件（其中含有二进制数据）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="69" />
            <source>{name} has more than {limit} rows.</source>
            <comment>budget.csv_too_long</comment>
            <translation>{name} 超过 {limit} 行。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="70" />
            <source>{name} has more than {limit} columns (row {row}).</source>
            <comment>budget.csv_too_wide</comment>
            <translation>{name} 超过 {limit} 列（第 {row} 行）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="71" />
            <source>{name} is not valid CSV (row {row}: {why}).</source>
            <comment>budget.csv_invalid</comment>
            <translation>{name} 不是有效的 CSV（第 {row} 行：{why}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="73" />
            <source>Phase '{name}' of campaign '{campaign}'</source>
            <comment>calendar.phase_subject</comment>
            <translation>营销活动“{campaign}”的阶段“{name}”</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="74" />
            <source>Milestone '{name}'</source>
            <comment>calendar.milestone_subject</comment>
            <translation>里程碑“{name}”</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="75" />
            <source>{subject}: the start '{value}' is not a date (YYYY-MM-DD).</source>
            <comment>calendar.bad_start</comment>
            <translation>{subject}：开始日期“{value}”不是有效日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="76" />
            <source>{subject}: the end '{value}' is not a date (YYYY-MM-DD).</source>
            <comment>calendar.bad_end</comment>
            <translation>{subject}：结束日期“{value}”不是有效日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="77" />
            <source>{subject}: the date '{value}' is not a date (YYYY-MM-DD).</source>
            <comment>calendar.bad_date</comment>
            <translation>{subject}：日期“{value}”不是有效日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="78" />
            <source>{subject}: the {field} is not text.</source>
            <comment>calendar.not_text</comment>
            <translation>{subject}：{field}不是文字。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="79" />
            <source>{subject}: the {field} has {length} characters; at most {limit}.</source>
            <comment>calendar.too_long</comment>
            <translation>{subject}：{field}有 {length} 个字符，最多 {limit} 个。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="80" />
            <source>{subject}: the end {end} is before the start {start}.</source>
            <comment>calendar.end_before_start</comment>
            <translation>{subject}：结束日期 {end} 早于开始日期 {start}。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="81" />
            <source>{subject}: the status must be one of {choices} (not '{value}').</source>
            <comment>calendar.bad_status</comment>
            <translation>{subject}：状态必须是构思、已计划、进行中、已完成或已取消（而不是“{value}”）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="82" />
            <source>{subject}: the kind must be one of {choices} (not '{value}').</source>
            <comment>calendar.bad_kind</comment>
            <translation>{subject}：类型必须是预热期、爆发期、长尾期或自定义（而不是“{value}”）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="83" />
            <source>{subject}: the colour must look like #C8102E (not '{value}').</source>
            <comment>calendar.bad_colour</comment>
            <translation>{subject}：颜色须为 #C8102E 这样的格式（而不是“{value}”）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="84" />
            <source>{subject} has no dates to move.</source>
            <comment>calendar.no_dates_to_move</comment>
            <translation>{subject}没有可移动的日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="85" />
            <source>{subject} has no date to move.</source>
            <comment>calendar.no_date_to_move</comment>
            <translation>{subject}没有可移动的日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="86" />
            <source>A move must be a whole number of days up to {limit} (not '{value}').</source>
            <comment>calendar.bad_move</comment>
            <translation>移动天数必须是不超过 {limit} 的整数（而不是“{value}”）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="87" />
            <source>Unknown campaign field '{field}'.</source>
            <comment>calendar.unknown_campaign_field</comment>
            <translation>未知的营销活动字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="88" />
            <source>Unknown phase field '{field}'.</source>
            <comment>calendar.unknown_phase_field</comment>
            <translation>未知的阶段字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="89" />
            <source>Unknown milestone field '{field}'.</source>
            <comment>calendar.unknown_milestone_field</comment>
            <translation>未知的里程碑字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="90" />
            <source>That campaign no longer exists.</source>
            <comment>calendar.campaign_gone</comment>
            <translation>该营销活动已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="91" />
            <source>That phase no longer exists.</source>
            <comment>calendar.phase_gone</comment>
            <translation>该阶段已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="92" />
            <source>That milestone no longer exists.</source>
            <comment>calendar.milestone_gone</comment>
            <translation>该里程碑已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="93" />
            <source>That channel no longer exists.</source>
            <comment>calendar.channel_gone</comment>
            <translation>该渠道已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="94" />
            <source>That persona no longer exists.</source>
            <comment>calendar.persona_gone</comment>
            <translation>该用户画像已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="95" />
            <source>That item no longer exists.</source>
            <comment>calendar.item_gone</comment>
            <translation>该条目已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="96" />
            <source>Key date '{name}'</source>
            <comment>calendar.key_date_subject</comment>
            <translation>关键日期“{name}”</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="97" />
            <source>That key date no longer exists.</source>
            <comment>calendar.key_date_gone</comment>
            <translation>该关键日期已不存在。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="98" />
            <source>{subject}: the start date is missing.</source>
            <comment>calendar.key_date_start_missing</comment>
            <translation>{subject}：缺少开始日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="99" />
            <source>{subject}: the end date is missing.</source>
            <comment>calendar.key_date_end_missing</comment>
            <translation>{subject}：缺少结束日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="100" />
            <source>{subject}: the kind must be one of {kinds}.</source>
            <comment>calendar.key_date_bad_kind</comment>
            <translation>{subject}：类型必须是 {kinds} 之一。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="101" />
            <source>{subject}: visible must be yes or no.</source>
            <comment>calendar.key_date_bad_visible</comment>
            <translation>{subject}：“显示”只能是是或否。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="102" />
            <source>A key date's name must be text.</source>
            <comment>calendar.key_date_name_not_text</comment>
            <translation>关键日期的名称必须是文本。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="103" />
            <source>A key date needs a name.</source>
            <comment>calendar.key_date_needs_name</comment>
            <translation>关键日期需要名称。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="104" />
            <source>A key date's name can have at most {limit} characters (this one has {length}).</source>
            <comment>calendar.key_date_name_too_long</comment>
            <translation>关键日期的名称最多 {limit} 个字符（当前 {length} 个）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="105" />
            <source>Unknown key date field '{field}'.</source>
            <comment>calendar.unknown_key_date_field</comment>
            <translation>未知的关键日期字段“{field}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="106" />
            <source>Set the plan period first: key dates are added for its years.</source>
            <comment>calendar.key_dates_need_period</comment>
            <translation>请先设置计划周期：关键日期按周期所在年份添加。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="107" />
            <source>Key dates can be added for {first}–{last}, not for {year}.</source>
            <comment>calendar.key_dates_bad_year</comment>
            <translation>关键日期可添加的年份为 {first}–{last}，不支持 {year}。</translation>
        </message>
    </context>
    <context>
        <name>MonthCanvas</name>
        <message>
            <location filename="../../app/views/calendar/month_grid.py" line="209" />
            <source>+%d more</source>
            <translation>另有 %d 项</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../app/views/shell/navigator.py" line="83" />
            <source>%1 — problems: %2</source>
            <translation>%1 — 问题：%2</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="30" />
            <source>New plan</source>
            <translation>新建营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="49" />
            <source>Plan language</source>
            <translation>计划语言</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="50" />
            <source>Create…</source>
            <translation>创建…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="53" />
            <source>Start from</source>
            <translation>从以下模板开始</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="66" />
            <source>Blank plan</source>
            <translation>空白营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="66" />
            <source>An empty plan: fill in every canvas yourself.</source>
            <translation>空白的营销计划：所有画布由您自行填写。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="69" />
            <source>Empty canvases</source>
            <translation>空白画布</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/new_plan_dialog.py" line="69" />
            <source>You choose the period</source>
            <translation>周期由您设定</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesModel</name>
        <message>
            <location filename="../../app/views/overview/objectives_model.py" line="14" />
            <source>Objective</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/objectives_model.py" line="15" />
            <source>Metric</source>
            <translation>衡量指标</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/objectives_model.py" line="16" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesPanel</name>
        <message>
            <location filename="../../app/views/overview/objectives_panel.py" line="31" />
            <source>No objectives yet.</source>
            <translation>还没有目标。</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/objectives_panel.py" line="32" />
            <source>No objectives yet. Click Add objective: what the plan must achieve, its metric and target.</source>
            <translation>还没有目标。点击“添加目标”，写下计划要达成什么、用什么指标衡量以及目标值。</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/objectives_panel.py" line="35" />
            <source>Add objective</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/objectives_panel.py" line="35" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
    </context>
    <context>
        <name>OverviewCommands</name>
        <message>
            <location filename="../../app/views/overview/commands.py" line="19" />
            <source>Edit %s</source>
            <translation>编辑%s</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/commands.py" line="30" />
            <source>Change logo</source>
            <translation>更换标志</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/commands.py" line="32" />
            <source>Remove logo</source>
            <translation>移除标志</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/commands.py" line="38" />
            <source>Add objective</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/commands.py" line="38" />
            <source>Delete objective</source>
            <translation>删除目标</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/commands.py" line="39" />
            <source>Move objective</source>
            <translation>移动目标</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/commands.py" line="39" />
            <source>Edit objective</source>
            <translation>编辑目标</translation>
        </message>
    </context>
    <context>
        <name>OverviewEditor</name>
        <message>
            <location filename="../../app/views/overview/editor.py" line="56" />
            <source>Objectives</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="60" />
            <source>Market context</source>
            <translation>市场背景</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="65" />
            <source>Market size and growth, category trends, channel shifts, consumer changes — with sources.</source>
            <translation>市场规模与增速、品类趋势、渠道变化、消费者变化——请注明来源。</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="76" />
            <source>This plan is open read-only.</source>
            <translation>此营销计划以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="80" />
            <source>Plan</source>
            <translation>营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="82" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="83" />
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="84" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="91" />
            <source>Period</source>
            <translation>计划周期</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="95" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="100" />
            <source>Plan language</source>
            <translation>计划语言</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="101" />
            <source>Confidentiality label</source>
            <translation>保密标识</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="105" />
            <source>Brand identity</source>
            <translation>品牌形象</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="109" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="115" />
            <source>Brand colour</source>
            <translation>品牌色</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="121" />
            <source>Choose image…</source>
            <translation>选择图片…</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="121" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="129" />
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="152" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="232" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../app/views/overview/editor.py" line="122" />
            <source>No logo</source>
            <translation>无标志</translation>
        </message>
    </context>
    <context>
        <name>PersonaCardsModel</name>
        <message>
            <location filename="../../app/views/personas/cards.py" line="74" />
            <source>Persona %s</source>
            <translation>用户画像 %s</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/cards.py" line="181" />
            <source>%s %% of customers</source>
            <translation>占客户 %s%%</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/cards.py" line="197" />
            <source>No journey yet</source>
            <translation>尚无客户旅程</translation>
        </message>
    </context>
    <context>
        <name>PersonaCommands</name>
        <message>
            <location filename="../../app/views/personas/commands.py" line="25" />
            <source>Add persona</source>
            <translation>添加用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="39" />
            <source>Duplicate persona</source>
            <translation>复制用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="25" />
            <location filename="../../app/views/personas/commands.py" line="48" />
            <source>Delete persona</source>
            <translation>删除用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="50" />
            <source>Delete personas</source>
            <translation>删除多个用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="26" />
            <location filename="../../app/views/personas/commands.py" line="62" />
            <source>Move persona</source>
            <translation>移动用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="26" />
            <source>Edit persona</source>
            <translation>编辑用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="72" />
            <source>Change photo</source>
            <translation>更换照片</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="74" />
            <source>Remove photo</source>
            <translation>移除照片</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/commands.py" line="89" />
            <source>Edit journey</source>
            <translation>编辑客户旅程</translation>
        </message>
    </context>
    <context>
        <name>PersonaDetail</name>
        <message>
            <location filename="../../app/views/personas/detail.py" line="46" />
            <location filename="../../app/views/personas/detail.py" line="93" />
            <source>Profile</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="52" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="53" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="54" />
            <source>Age band</source>
            <translation>年龄段</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="55" />
            <source>City tier</source>
            <translation>城市级别</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="56" />
            <source>Income band</source>
            <translation>收入区间</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="62" />
            <source>e.g. 35</source>
            <translation>例如 35</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="64" />
            <source>Share of customers (%)</source>
            <translation>客户占比（%）</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="72" />
            <source>Choose photo…</source>
            <translation>选择照片…</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="72" />
            <source>Remove photo</source>
            <translation>移除照片</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="84" />
            <source>Needs and behaviour</source>
            <translation>需求与行为</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="87" />
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="88" />
            <source>Pain points</source>
            <translation>痛点</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="89" />
            <source>Behaviours</source>
            <translation>行为特征</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="90" />
            <source>Preferred channels</source>
            <translation>常用渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="91" />
            <source>Buying triggers</source>
            <translation>购买触发点</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="92" />
            <source>Quote</source>
            <translation>典型语录</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/detail.py" line="73" />
            <source>No photo</source>
            <translation>无照片</translation>
        </message>
    </context>
    <context>
        <name>PersonasEditor</name>
        <message>
            <location filename="../../app/views/personas/editor.py" line="35" />
            <source>Personas</source>
            <translation>用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="37" />
            <source>Value tiers</source>
            <translation>客户分层</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="39" />
            <source>Journeys</source>
            <translation>客户旅程</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="55" />
            <source>No personas yet.</source>
            <translation>还没有用户画像。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="56" />
            <source>No personas yet. Click Add persona to describe your first customer type.</source>
            <translation>还没有用户画像。点击“添加用户画像”，描述您的第一类客户。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="63" />
            <source>Add persona</source>
            <translation>添加用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="64" />
            <source>Duplicate</source>
            <translation>创建副本</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="65" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="66" />
            <source>Move earlier</source>
            <translation>前移</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/editor.py" line="67" />
            <source>Move later</source>
            <translation>后移</translation>
        </message>
    </context>
    <context>
        <name>PlanActionsMixin</name>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="39" />
            <source>Cannot open plan</source>
            <translation>无法打开营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="99" />
            <location filename="../../app/views/shell/plan_actions.py" line="239" />
            <source>New plan</source>
            <translation>新建营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="106" />
            <source>%s already exists; choose another name.</source>
            <translation>%s 已存在，请换一个名称。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="133" />
            <source>Sample plan</source>
            <translation>示例营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="156" />
            <source>Save plan as</source>
            <translation>营销计划另存为</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="157" />
            <source>Save As</source>
            <translation>另存为</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="165" />
            <source>Duplicate plan</source>
            <translation>复制营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="166" />
            <source>Duplicate</source>
            <translation>创建副本</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="169" />
            <source>Copy written to %s</source>
            <translation>副本已写入 %s</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/plan_actions.py" line="225" />
            <source>Restored the backup of %s.</source>
            <translation>已恢复 %s 的备份。</translation>
        </message>
    </context>
    <context>
        <name>PlaybookEditor</name>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="55" />
            <source>Export one-page playbooks…</source>
            <translation>导出单页预案…</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="61" />
            <source>Severity levels</source>
            <translation>响应级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="73" />
            <source>Escalation chain</source>
            <translation>上报链条</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="73" />
            <source>Add contact</source>
            <translation>添加联系人</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="75" />
            <source>Steps</source>
            <translation>响应步骤</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="75" />
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="77" />
            <source>Holding statements</source>
            <translation>初步声明</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="77" />
            <source>Add statement</source>
            <translation>添加声明</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="86" />
            <source>Statement text and preview (placeholders filled in)</source>
            <translation>声明正文与预览（已填入占位符）</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="89" />
            <source>Select a statement to edit its text here.</source>
            <translation>选择一条声明后可在此编辑正文。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="111" />
            <location filename="../../app/views/risks/playbook_list.py" line="22" />
            <source>Playbook</source>
            <translation>预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="118" />
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="119" />
            <source>Severity level</source>
            <translation>响应级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="120" />
            <source>Trigger</source>
            <translation>触发条件</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="121" />
            <source>Trigger KPI</source>
            <translation>触发指标</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="122" />
            <source>Trigger risk</source>
            <translation>触发风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="123" />
            <source>Spokesperson</source>
            <translation>发言人</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="124" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="127" />
            <source>The scene: what happens, where, and who is affected</source>
            <translation>情景：发生了什么、在哪里、影响到谁</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="128" />
            <source>When this playbook starts, e.g. more than 500 mentions within 2 hours</source>
            <translation>何时启动本预案，例如 2 小时内提及量超过 500 条</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="129" />
            <source>The product concerned (statements use it where they say {product})</source>
            <translation>涉及的产品（声明中 {product} 处将使用此名称）</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="181" />
            <location filename="../../app/views/risks/playbook_list.py" line="35" />
            <location filename="../../app/views/risks/playbook_panels.py" line="152" />
            <source>Edit playbook</source>
            <translation>编辑预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="199" />
            <source>Edit holding statement</source>
            <translation>编辑初步声明</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="221" />
            <source>Export one-page playbooks</source>
            <translation>导出单页预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="221" />
            <source>crisis playbooks</source>
            <translation>危机公关预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="227" />
            <source>Playbooks not exported</source>
            <translation>预案未导出</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="230" />
            <source>Exported {count} playbooks, one page each, to {path}.</source>
            <translation>已将 {count} 个预案（每个一页）导出到 {path}。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="232" />
            <source>Exported {count} playbooks on {pages} pages to {path}.</source>
            <translation>已导出 {count} 份预案（共 {pages} 页）到 {path}。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="236" />
            <source>Playbooks exported</source>
            <translation>预案已导出</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="248" />
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="251" />
            <source>Level {level} · {name}</source>
            <translation>{level} 级 · {name}</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="292" />
            <source>No holding statement yet.</source>
            <translation>尚无初步声明。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="307" />
            <source>Not filled in: {names}</source>
            <translation>未填入：{names}</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_list.py" line="25" />
            <location filename="../../app/views/risks/playbook_panels.py" line="203" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_list.py" line="38" />
            <location filename="../../app/views/risks/playbook_list.py" line="86" />
            <source>Add playbook</source>
            <translation>添加预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_list.py" line="52" />
            <source>No playbooks yet. Click Add playbook for each crisis the team should rehearse (a product complaint trending, a data leak…), then give it a severity level, steps and a holding statement.</source>
            <translation>还没有预案。为团队需要演练的每种危机（产品投诉发酵、数据泄露……）点击“添加预案”，再设定响应级别、处置步骤和对外声明。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_list.py" line="83" />
            <source>New playbook</source>
            <translation>新预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_list.py" line="95" />
            <source>Delete playbook</source>
            <translation>删除预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_list.py" line="99" />
            <source>Move playbook</source>
            <translation>移动预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_editor.py" line="117" />
            <location filename="../../app/views/risks/playbook_panels.py" line="204" />
            <location filename="../../app/views/risks/playbook_panels.py" line="322" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="55" />
            <location filename="../../app/views/risks/playbook_panels.py" line="185" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="191" />
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="207" />
            <source>Respond within</source>
            <translation>响应时限</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="215" />
            <source>Updates every (h)</source>
            <translation>通报间隔（小时）</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="217" />
            <source>Escalate to</source>
            <translation>上报至</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="218" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="231" />
            <source>Edit severity level</source>
            <translation>编辑响应级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="237" />
            <source>Add level</source>
            <translation>添加级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="241" />
            <location filename="../../app/views/risks/playbook_panels.py" line="287" />
            <source>Add standard levels</source>
            <translation>添加标准级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="244" />
            <source>Level 1: respond within 1 hour, CEO involved, updates every 24 hours; level 2: 4 hours; level 3: 24 hours.</source>
            <translation>一级：1 小时内响应，CEO 介入，每 24 小时通报；二级：4 小时；三级：24 小时。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="267" />
            <source>Add severity level</source>
            <translation>添加响应级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="295" />
            <source>Delete severity level</source>
            <translation>删除响应级别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="306" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="310" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="313" />
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="314" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="321" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="323" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="330" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/playbook_panels.py" line="331" />
            <source>Statement ({brand}, {date}, {product})</source>
            <translation>声明（{brand}、{date}、{product}）</translation>
        </message>
    </context>
    <context>
        <name>PositioningMap</name>
        <message>
            <location filename="../../app/views/competitors/positioning_map.py" line="60" />
            <source>(unnamed)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/positioning_map.py" line="61" />
            <source>Not on the map (a score is missing): %s</source>
            <translation>未上图（缺少评分）：%s</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../app/views/shell/preferences_dialog.py" line="22" />
            <source>Preferences</source>
            <translation>偏好设置</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/preferences_dialog.py" line="24" />
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/preferences_dialog.py" line="32" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/preferences_dialog.py" line="33" />
            <source>Backups to keep per plan</source>
            <translation>每个营销计划保留的备份数</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/preferences_dialog.py" line="34" />
            <source>The language changes at once; the open plan stays open.</source>
            <translation>界面语言立即切换，已打开的营销计划保持打开。</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <location filename="../../app/views/deck/presenter.py" line="147" />
            <source>Presenter view</source>
            <translation>演讲者视图</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/presenter.py" line="167" />
            <source>Next</source>
            <translation>下一张</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/presenter.py" line="198" />
            <source>This is the last slide.</source>
            <translation>这是最后一张幻灯片。</translation>
        </message>
        <message>
            <location filename="../../app/views/deck/presenter.py" line="201" />
            <source>No speaker notes for this slide.</source>
            <translation>本张幻灯片没有演讲者备注。</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../app/views/shell/problems_panel.py" line="93" />
            <source>Collapse or expand the Problems panel</source>
            <translation>折叠或展开问题面板</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/problems_panel.py" line="97" />
            <source>All canvases</source>
            <translation>全部画布</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/problems_panel.py" line="98" />
            <source>List the findings of every canvas, not only the one on screen</source>
            <translation>列出所有画布的问题，而不只是当前画布</translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/views/shell/problems_panel.py" line="145" />
            <source>Problems (%n)</source>
            <translation>
                <numerusform>问题（%n）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/views/shell/problems_panel.py" line="148" />
            <source>Problems: %1 on this canvas, %2 in the plan</source>
            <translation>问题：本画布 %1 个，整个计划 %2 个</translation>
        </message>
    </context>
    <context>
        <name>QuadrantModel</name>
        <message>
            <location filename="../../app/views/swot/board_model.py" line="54" />
            <source>(no text yet)</source>
            <translation>（尚无内容）</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board_model.py" line="91" />
            <source>No evidence noted.</source>
            <translation>未注明依据。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board_model.py" line="92" />
            <source>%s
Weight %s of 5. Evidence: %s</source>
            <translation>%s
权重 %s / 5。依据：%s</translation>
        </message>
    </context>
    <context>
        <name>QuickGuideDialog</name>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="24" />
            <source>1. Start a plan</source>
            <translation>1. 新建计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="25" />
            <source>File › New opens the gallery: a blank plan or a template, in Chinese or English. The grey text in empty fields is a prompt: it shows what to write and never enters the plan.</source>
            <translation>“文件 › 新建”打开模板库：空白计划或模板，中文或英文均可。空白字段中的灰色文字是提示：说明应填写什么，不会写入计划。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="32" />
            <source>2. Fill in the canvases</source>
            <translation>2. 填写各画布</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="33" />
            <source>The navigator on the left lists the canvases, from the dashboard to the deck. A red badge counts the problems found on a canvas. Every edit is saved at once; Undo (Ctrl+Z) takes back any edit.</source>
            <translation>左侧导航列出各画布，从仪表板到演示文稿。红色徽标显示该画布发现的问题数。每次编辑立即保存；撤销（Ctrl+Z）可撤回任何编辑。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="41" />
            <source>3. Fix what the Problems panel finds</source>
            <translation>3. 处理问题面板发现的问题</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="42" />
            <source>The Problems panel at the bottom lists the findings of the canvas on screen; tick “All canvases” to see the whole plan. Click a finding to jump to its field.</source>
            <translation>底部的问题面板列出当前画布的问题；勾选“全部画布”可查看整个计划。点击某条问题即可跳转到对应字段。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="49" />
            <source>4. Review on the dashboard</source>
            <translation>4. 在仪表板上复盘</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="50" />
            <source>The dashboard sums up the plan: objectives and KPI status, budget against the envelope, the next campaigns, the top risks and the findings per canvas.</source>
            <translation>仪表板汇总整个计划：目标与关键绩效指标状态、预算与总额对比、即将开展的营销活动、主要风险以及各画布的问题数。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="57" />
            <source>5. Present and export</source>
            <translation>5. 演示与导出</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="58" />
            <source>The Deck canvas previews the slides. Present (F5) shows them full screen with a presenter view on the laptop; Export (Ctrl+E) writes a PDF for the review meeting.</source>
            <translation>“演示文稿”画布预览幻灯片。演示（F5）全屏放映，并在笔记本屏幕上显示演讲者视图；导出（Ctrl+E）生成供评审会使用的 PDF。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="72" />
            <source>Quick Guide</source>
            <translation>快速指南</translation>
        </message>
    </context>
    <context>
        <name>RaciModel</name>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="80" />
            <location filename="../../app/views/initiatives/matrix_panel.py" line="81" />
            <source>(untitled)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/matrix_panel.py" line="96" />
            <source>Set role</source>
            <translation>设置分工</translation>
        </message>
    </context>
    <context>
        <name>RefusalBanner</name>
        <message>
            <location filename="../../app/views/common/widgets/field_widgets.py" line="142" />
            <source>Click to dismiss</source>
            <translation>点击关闭</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackup</name>
        <message>
            <location filename="../../app/views/shell/restore_command.py" line="19" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <location filename="../../app/views/shell/backups_dialog.py" line="34" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/backups_dialog.py" line="38" />
            <source>Stratdeck keeps a copy of this plan each time it is opened. Restoring one keeps the current plan as a backup too, and Edit › Undo takes the restore back.</source>
            <translation>Stratdeck 每次打开此营销计划时都会保存一份副本。恢复某个备份时，当前计划也会先保存为备份；使用“编辑 › 撤销”即可撤回恢复。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/backups_dialog.py" line="51" />
            <source>There are no backups of this plan yet.</source>
            <translation>此营销计划还没有备份。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/backups_dialog.py" line="52" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
    </context>
    <context>
        <name>ReviewActions</name>
        <message>
            <location filename="../../app/views/review/actions.py" line="35" />
            <source>Snapshot %s</source>
            <translation>快照 %s</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="48" />
            <source>Snapshot “%s” taken.</source>
            <translation>已拍摄快照“%s”。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="83" />
            <source>Snapshot</source>
            <translation>快照</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="138" />
            <source>Restore snapshot as a new plan</source>
            <translation>将快照恢复为新方案</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="145" />
            <location filename="../../app/views/review/actions.py" line="155" />
            <source>Restore snapshot</source>
            <translation>恢复快照</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="146" />
            <source>%s already exists; choose another name.</source>
            <translation>%s 已存在，请换一个名称。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="158" />
            <source>The snapshot was written to %s.</source>
            <translation>快照已写入 %s。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="199" />
            <location filename="../../app/views/review/actions.py" line="216" />
            <source>Merge a copy</source>
            <translation>合并副本</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="220" />
            <source>Merged %s.</source>
            <translation>已合并 %s。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="234" />
            <location filename="../../app/views/review/actions.py" line="244" />
            <source>Send a copy</source>
            <translation>发送副本</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="241" />
            <source>Sent: %s</source>
            <translation>已发送：%s</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="248" />
            <source>Copy written to %s. Merge it back with File › Merge a Copy….</source>
            <translation>副本已写入 %s。之后可通过 文件 › 合并副本… 合并回来。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="262" />
            <source>Reviewed %s</source>
            <translation>评审 %s</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="263" />
            <source>Deck exported to %s</source>
            <translation>演示文稿已导出到 %s</translation>
        </message>
        <message>
            <location filename="../../app/views/review/actions.py" line="267" />
            <source>The snapshot could not be taken.</source>
            <translation>未能拍摄快照。</translation>
        </message>
    </context>
    <context>
        <name>ReviewCommands</name>
        <message>
            <location filename="../../app/views/review/commands.py" line="17" />
            <source>Take snapshot</source>
            <translation>拍摄快照</translation>
        </message>
        <message>
            <location filename="../../app/views/review/commands.py" line="37" />
            <source>Delete snapshot</source>
            <translation>删除快照</translation>
        </message>
        <message>
            <location filename="../../app/views/review/commands.py" line="54" />
            <source>Merge a copy</source>
            <translation>合并副本</translation>
        </message>
    </context>
    <context>
        <name>ReviewMenu</name>
        <message>
            <location filename="../../app/views/review/menu.py" line="22" />
            <source>&amp;Take Snapshot…</source>
            <translation>拍摄快照(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../app/views/review/menu.py" line="23" />
            <source>Sna&amp;pshots…</source>
            <translation>快照列表(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../app/views/review/menu.py" line="24" />
            <source>Co&amp;mpare…</source>
            <translation>对比(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../app/views/review/menu.py" line="25" />
            <source>Mer&amp;ge a Copy…</source>
            <translation>合并副本(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../app/views/review/menu.py" line="26" />
            <source>Send a Cop&amp;y…</source>
            <translation>发送副本(&amp;Y)…</translation>
        </message>
    </context>
    <context>
        <name>ReviewText</name>
        <message>
            <location filename="../../app/views/review/review_text.py" line="113" />
            <source>Risks &amp; crisis playbooks</source>
            <translation>风险与危机公关预案</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="115" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="13" />
            <source>plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="14" />
            <source>objective</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="15" />
            <source>SWOT item</source>
            <translation>SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="16" />
            <source>TOWS strategy</source>
            <translation>TOWS 策略</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="17" />
            <source>cited SWOT item</source>
            <translation>引用的 SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="18" />
            <source>persona</source>
            <translation>用户画像</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="19" />
            <source>value tier</source>
            <translation>价值分层</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="20" />
            <source>journey stage</source>
            <translation>旅程阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="21" />
            <source>competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="22" />
            <source>channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="23" />
            <source>campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="24" />
            <source>campaign channel</source>
            <translation>活动渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="25" />
            <source>campaign persona</source>
            <translation>活动目标人群</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="26" />
            <source>campaign phase</source>
            <translation>活动阶段</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="27" />
            <source>milestone</source>
            <translation>里程碑</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="28" />
            <source>key date</source>
            <translation>关键日期</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="29" />
            <source>budget line</source>
            <translation>预算行</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="30" />
            <source>budget month</source>
            <translation>预算月份</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="31" />
            <source>forecast assumption</source>
            <translation>预测假设</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="32" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="33" />
            <source>risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="34" />
            <source>severity level</source>
            <translation>严重等级</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="35" />
            <source>crisis playbook</source>
            <translation>危机公关预案</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="36" />
            <source>escalation contact</source>
            <translation>升级联系人</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="37" />
            <source>playbook step</source>
            <translation>预案步骤</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="38" />
            <source>holding statement</source>
            <translation>应急声明</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="39" />
            <source>slide headline</source>
            <translation>幻灯片标题</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="40" />
            <source>speaker notes</source>
            <translation>演讲者备注</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="44" />
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="45" />
            <source>Removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="46" />
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="50" />
            <source>Budget envelope</source>
            <translation>预算总盘</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="51" />
            <source>Channel mix</source>
            <translation>渠道占比</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="52" />
            <source>KPI status</source>
            <translation>指标状态</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="53" />
            <source>Risk score</source>
            <translation>风险评分</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="54" />
            <source>Campaign dates</source>
            <translation>活动日期</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="58" />
            <source>envelope</source>
            <translation>总预算</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="59" />
            <source>reserve</source>
            <translation>预留金</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="60" />
            <source>allocated</source>
            <translation>已分配</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="61" />
            <source>actual spend</source>
            <translation>实际花费</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="62" />
            <source>unallocated</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="66" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="67" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="68" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="69" />
            <source>critical</source>
            <translation>极高</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="73" />
            <source>on track</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="74" />
            <source>at risk</source>
            <translation>预警</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="75" />
            <source>off track</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="76" />
            <source>no data</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="77" />
            <source>no target</source>
            <translation>无目标</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="81" />
            <source>idea</source>
            <translation>构思</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="82" />
            <source>planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="83" />
            <source>live</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="84" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="85" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="89" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="90" />
            <source>title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="91" />
            <source>text</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="92" />
            <source>owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="93" />
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="94" />
            <source>description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="95" />
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="96" />
            <source>start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="97" />
            <source>end date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="98" />
            <source>planned amount</source>
            <translation>计划金额</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="99" />
            <source>actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="100" />
            <source>target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="101" />
            <source>likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="102" />
            <source>impact</source>
            <translation>影响</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="103" />
            <source>order</source>
            <translation>顺序</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="159" />
            <source>(image)</source>
            <translation>（图片）</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="162" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../app/views/review/review_text.py" line="162" />
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>RiskDetail</name>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="59" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="63" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="64" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="65" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="66" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="67" />
            <source>Impact</source>
            <translation>影响程度</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="68" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="69" />
            <source>Review date</source>
            <translation>复核日期</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="70" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="71" />
            <source>Mitigation</source>
            <translation>缓解措施</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="72" />
            <source>Contingency</source>
            <translation>应急预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="75" />
            <source>Why it could happen and what it would hit</source>
            <translation>可能发生的原因及其影响</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="76" />
            <source>What lowers its likelihood or impact, e.g. a second supplier</source>
            <translation>降低可能性或影响的措施，例如引入第二供应商</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="77" />
            <source>What we do if it happens, e.g. run the crisis playbook</source>
            <translation>发生后如何应对，例如启动危机预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="146" />
            <source>Edit risk</source>
            <translation>编辑风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="181" />
            <source>Risk details: {title}</source>
            <translation>风险详情：{title}</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/risk_detail.py" line="183" />
            <source>Risk details: select a risk in the table to edit it here</source>
            <translation>风险详情：在上方表格中选中一项风险即可在此编辑</translation>
        </message>
    </context>
    <context>
        <name>RiskEditor</name>
        <message>
            <location filename="../../app/views/risks/editor.py" line="39" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="42" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="48" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="49" />
            <source>Impact</source>
            <translation>影响程度</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="52" />
            <source>Score</source>
            <translation>风险值</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="57" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="58" />
            <source>Mitigation</source>
            <translation>缓解措施</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="59" />
            <source>Contingency</source>
            <translation>应急预案</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="60" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="61" />
            <source>Review date</source>
            <translation>复核日期</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="62" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="76" />
            <source>Edit risk</source>
            <translation>编辑风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="89" />
            <source>Show all risks</source>
            <translation>显示全部风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="91" />
            <source>Score = likelihood × impact. Low 1–4, medium 5–9, high 10–16, critical 20–25.</source>
            <translation>风险值 = 可能性 × 影响程度。低 1–4，中 5–9，高 10–16，极高 20–25。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="105" />
            <location filename="../../app/views/risks/editor.py" line="169" />
            <source>Add risk</source>
            <translation>添加风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="105" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="144" />
            <source>No risks yet. Click Add risk to list what could derail the plan, then score its likelihood and impact; the heat map fills in as you go.</source>
            <translation>还没有风险。点击“添加风险”列出可能让计划受挫的事项，再为其可能性和影响程度打分；热力图会随之填充。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="149" />
            <source>Showing the plan's only risk.</source>
            <translation>显示本计划唯一的一项风险。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="151" />
            <source>Showing all {count} risks.</source>
            <translation>显示全部 {count} 项风险。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="154" />
            <source>Showing likelihood {likelihood} × impact {impact}: {count} risks.</source>
            <translation>仅显示可能性 {likelihood} × 影响程度 {impact}：{count} 项风险。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="177" />
            <source>Delete risk</source>
            <translation>删除风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/editor.py" line="186" />
            <source>Move risk</source>
            <translation>移动风险</translation>
        </message>
    </context>
    <context>
        <name>RiskHeatMap</name>
        <message>
            <location filename="../../app/views/risks/heatmap.py" line="37" />
            <source>Risk heat map</source>
            <translation>风险热力图</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/heatmap.py" line="60" />
            <source>Likelihood {likelihood} × impact {impact} = {score} ({level}): {count} risks</source>
            <translation>可能性 {likelihood} × 影响程度 {impact} = {score}（{level}）：{count} 项风险</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/heatmap.py" line="70" />
            <source>Arrow keys move, Enter or Space shows only that cell's risks; again shows all.</source>
            <translation>方向键移动格子，回车或空格只显示该格的风险；再按一次显示全部。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/heatmap.py" line="72" />
            <source>Click a cell to show only its risks; click it again to show all.</source>
            <translation>点击格子只显示该格的风险；再次点击显示全部。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/heatmap.py" line="174" />
            <source>Impact</source>
            <translation>影响程度</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/heatmap.py" line="178" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
    </context>
    <context>
        <name>RowButtons</name>
        <message>
            <location filename="../../app/views/common/row_actions.py" line="67" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../app/views/common/row_actions.py" line="68" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
    </context>
    <context>
        <name>RowsDelegate</name>
        <message>
            <location filename="../../app/views/risks/crisis_table_model.py" line="118" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
    </context>
    <context>
        <name>RowsPanel</name>
        <message>
            <location filename="../../app/views/initiatives/rows_panel.py" line="82" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/rows_panel.py" line="83" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/rows_panel.py" line="84" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
    </context>
    <context>
        <name>ServiceText</name>
        <message>
            <location filename="../../app/views/common/service_text.py" line="19" />
            <source>The plan has no title.</source>
            <translation>营销计划没有标题。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="20" />
            <source>The plan has no owner.</source>
            <translation>营销计划没有负责人。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="21" />
            <source>The plan period is not set (start and end).</source>
            <translation>尚未设置计划周期（开始和结束日期）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="22" />
            <source>The plan period date '{value}' is not a real date.</source>
            <translation>计划周期中的日期“{value}”不是有效日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="25" />
            <source>The plan period is longer than three years ({days} days).</source>
            <translation>计划周期超过三年（{days} 天）。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="28" />
            <source>The plan has no objectives.</source>
            <translation>营销计划还没有目标。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="29" />
            <source>Objective {index} is empty.</source>
            <translation>第 {index} 个目标为空。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="30" />
            <source>The market context is empty.</source>
            <translation>市场背景为空。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="32" />
            <source>{field} has {length} characters; the deck shows the first {limit} and notes the cut.</source>
            <translation>{field} 共 {length} 个字符；演示文稿只显示前 {limit} 个字符，并注明已截断。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="35" />
            <source>The image is {width}×{height} pixels, over the 40 MP limit; replace it with a smaller one.</source>
            <translation>图片为 {width}×{height} 像素，超过 4000 万像素的上限；请换一张较小的图片。</translation>
        </message>
        <message>
            <location filename="../../app/views/common/service_text.py" line="38" />
            <source>Template prompt text is still in {table} › {field}: “{text}”. Replace it with your own words.</source>
            <translation>{table} › {field} 中仍是模板提示文字：“{text}”。请改成您自己的内容。</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextBudget</name>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="19" />
            <source>no plan</source>
            <translation>无计划</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="26" />
            <source>Budget line '{line}' has no owner.</source>
            <translation>预算项“{line}”没有负责人。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="27" />
            <source>Budget line '{line}': actual is off plan by more than ±{threshold} % in {months}.</source>
            <translation>预算项“{line}”：实际与计划偏差超过 ±{threshold}%，月份：{months}。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="30" />
            <source>Budget line '{line}': actual to date is {variance} against plan (limit ±{threshold} %).</source>
            <translation>预算项“{line}”：截至目前实际与计划偏差 {variance}（允许 ±{threshold}%）。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="34" />
            <source>Budget line '{line}' spends in {months}, outside its campaign '{campaign}' ({dates}).</source>
            <translation>预算项“{line}”在 {months} 有投放，超出所属营销活动“{campaign}”的周期（{dates}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="38" />
            <source>The reserve pool is not set (aim for {min}–{max} % of the total).</source>
            <translation>尚未设置应急储备金（建议占总预算的 {min}–{max}%）。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="41" />
            <source>The reserve pool is {pct} % of the total, below the minimum of {min} %.</source>
            <translation>应急储备金占总预算 {pct}%，低于下限 {min}%。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="44" />
            <source>The reserve pool is {pct} % of the total, above the maximum of {max} %.</source>
            <translation>应急储备金占总预算 {pct}%，高于上限 {max}%。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="47" />
            <source>The budget lines and the reserve exceed the budget envelope by {amount}.</source>
            <translation>预算项与储备金合计超出预算总额 {amount}。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="50" />
            <source>The channels' target shares add up to {total} %, not 100 %.</source>
            <translation>各渠道目标占比合计为 {total}%，不是 100%。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="53" />
            <source>Channel '{channel}' has {share} % of the planned budget; its target share is {target} %.</source>
            <translation>渠道“{channel}”占计划预算的 {share}%，目标占比为 {target}%。</translation>
        </message>
        <message>
            <location filename="../../app/views/budget/service_text.py" line="57" />
            <source>Budget cells in {months} fall outside the plan period.</source>
            <translation>{months} 的预算单元格不在计划周期内。</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextCalendar</name>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="13" />
            <source>Campaign '{name}' has no dates.</source>
            <translation>活动“{name}”没有日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="15" />
            <source>Campaign '{name}' has no start date.</source>
            <translation>活动“{name}”没有开始日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="17" />
            <source>Campaign '{name}' has no end date.</source>
            <translation>活动“{name}”没有结束日期。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="19" />
            <source>Campaign '{name}' ({from} – {to}) runs outside the plan period ({start} – {end}).</source>
            <translation>活动“{name}”（{from} – {to}）超出计划周期（{start} – {end}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="21" />
            <source>Phase '{name}' of campaign '{campaign}' ({from} – {to}) is outside the campaign's dates ({campaign_from} – {campaign_to}).</source>
            <translation>活动“{campaign}”的阶段“{name}”（{from} – {to}）超出活动日期（{campaign_from} – {campaign_to}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="25" />
            <source>Phase '{name}' of campaign '{campaign}' ({from} – {to}) runs outside the plan period ({start} – {end}).</source>
            <translation>活动“{campaign}”的阶段“{name}”（{from} – {to}）超出计划周期（{start} – {end}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="28" />
            <source>Milestone '{name}' on {date} is outside the plan period ({start} – {end}).</source>
            <translation>里程碑“{name}”（{date}）不在计划周期内（{start} – {end}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="30" />
            <source>Campaigns '{first}' and '{second}' overlap on channel '{channel}' for {days} days (more than the {limit} allowed).</source>
            <translation>活动“{first}”与“{second}”在渠道“{channel}”上重叠 {days} 天（超过允许的 {limit} 天）。</translation>
        </message>
        <message>
            <location filename="../../app/views/calendar/service_text.py" line="34" />
            <source>{count} more channel overlaps are not listed (more than the {limit} days allowed).</source>
            <translation>另有 {count} 处渠道重叠未列出（超过允许的 {limit} 天）。</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextCompetitors</name>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="14" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="15" />
            <source>Quality</source>
            <translation>品质</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="16" />
            <source>Innovation</source>
            <translation>创新</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="17" />
            <source>Reach</source>
            <translation>覆盖</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="18" />
            <source>Custom X</source>
            <translation>自定义横轴</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="19" />
            <source>Custom Y</source>
            <translation>自定义纵轴</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="38" />
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="57" />
            <source>Market shares add up to {total} %, more than 100 %.</source>
            <translation>各竞品市场份额合计 {total}%，超过 100%。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="60" />
            <source>No competitor is marked as our brand, so the map cannot show us.</source>
            <translation>没有竞品被标记为本品牌，定位图无法显示我们的位置。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="63" />
            <source>{count} competitors are marked as our brand.</source>
            <translation>有 {count} 个竞品被标记为本品牌。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="66" />
            <source>Competitor {index} has no name.</source>
            <translation>第 {index} 个竞品没有名称。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="67" />
            <source>Our brand {name} is not on the map: no {axes} score.</source>
            <translation>本品牌 {name} 未上定位图：缺少{axes}评分。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="70" />
            <source>{name} is not on the map: no {axes} score.</source>
            <translation>{name} 未上定位图：缺少{axes}评分。</translation>
        </message>
        <message>
            <location filename="../../app/views/competitors/service_text.py" line="71" />
            <source>The map uses the {axis} axis, which has no name.</source>
            <translation>定位图使用了{axis}，但它还没有名称。</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextForecast</name>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="13" />
            <source>Forecast of {channel}: no planned budget and no spend override, so some figures are blank.</source>
            <translation>{channel} 的预测：没有计划预算，也没有手动填写费用，部分数值留空。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="17" />
            <source>Forecast of {channel}: CAC not set, so some figures are blank.</source>
            <translation>{channel} 的预测：未填获客成本，部分数值留空。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="20" />
            <source>Forecast of {channel}: average order value not set, so some figures are blank.</source>
            <translation>{channel} 的预测：未填客单价，部分数值留空。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="23" />
            <source>Forecast of {channel}: gross margin not set, so some figures are blank.</source>
            <translation>{channel} 的预测：未填毛利率，部分数值留空。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="26" />
            <source>LTV/CAC of {channel} is {ratio}, under 3: each customer earns back less than three times its cost.</source>
            <translation>{channel} 的 LTV/CAC 为 {ratio}，低于 3：每位客户带来的毛利不足其获客成本的三倍。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="30" />
            <source>ROI of {channel} is negative ({roi}): its gross profit does not cover its spend.</source>
            <translation>{channel} 的 ROI 为负（{roi}）：毛利不足以覆盖投放费用。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="33" />
            <source>KPI {name} has no owner.</source>
            <translation>KPI “{name}” 没有负责人。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="34" />
            <source>KPI {name} has no target.</source>
            <translation>KPI “{name}” 没有目标值。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="35" />
            <source>KPI {name} is off track: {actual} against a target of {target}.</source>
            <translation>KPI “{name}” 落后：实际 {actual}，目标 {target}。</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="43" />
            <source>No planned budget and no spend override</source>
            <translation>没有计划预算，也没有手动填写费用</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="44" />
            <source>CAC not set</source>
            <translation>未填获客成本</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="45" />
            <source>Average order value not set</source>
            <translation>未填客单价</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="46" />
            <source>Gross margin not set</source>
            <translation>未填毛利率</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="47" />
            <source>Conversion rate not set</source>
            <translation>未填转化率</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="48" />
            <source>Spend is 0</source>
            <translation>费用为 0</translation>
        </message>
        <message>
            <location filename="../../app/views/forecast/service_text.py" line="49" />
            <source>No channel has every input</source>
            <translation>没有输入完整的渠道</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextInitiatives</name>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="14" />
            <source>Pillar '{pillar}' has no initiative.</source>
            <translation>策略支柱“{pillar}”下没有举措。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="17" />
            <source>Initiative '{initiative}' has no owner.</source>
            <translation>举措“{initiative}”没有负责人。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="20" />
            <source>Initiative '{initiative}' has no KPI that measures it.</source>
            <translation>举措“{initiative}”没有衡量它的 KPI。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="23" />
            <source>Initiative '{initiative}' has no accountable (A) party.</source>
            <translation>举措“{initiative}”没有负责方（A）。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="26" />
            <source>Initiative '{initiative}' has {count} accountable (A) parties; it should have one.</source>
            <translation>举措“{initiative}”有 {count} 个负责方（A），应只有一个。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="30" />
            <source>No initiative carries the {kind} strategy '{strategy}'.</source>
            <translation>没有举措承接 {kind} 策略“{strategy}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="33" />
            <source>Checkpoint '{checkpoint}' was due on {date} and is still pending.</source>
            <translation>监测点“{checkpoint}”应于 {date} 检查，仍为待检查。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="36" />
            <source>Campaign '{campaign}' runs outside the dates of initiative '{initiative}' ({start} – {end}).</source>
            <translation>活动“{campaign}”超出举措“{initiative}”的时间范围（{start} – {end}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="44" />
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="45" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="46" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="47" />
            <source>On hold</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="48" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="53" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="54" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="55" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="60" />
            <source>Pending</source>
            <translation>待检查</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="61" />
            <source>On track</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="62" />
            <source>Off track</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="67" />
            <source>Department or team</source>
            <translation>部门或团队</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="68" />
            <source>Outside partner</source>
            <translation>外部合作方</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="73" />
            <source>TOWS strategies it carries</source>
            <translation>承接的 TOWS 策略</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="74" />
            <source>Objectives it serves</source>
            <translation>服务的目标</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="75" />
            <source>Campaigns that execute it</source>
            <translation>执行的营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="76" />
            <source>Budget lines that fund it</source>
            <translation>资金来源（预算行）</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="77" />
            <source>KPIs that measure it</source>
            <translation>衡量的 KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/initiatives/service_text.py" line="78" />
            <source>Risks that threaten it</source>
            <translation>面临的风险</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextPersonas</name>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="13" />
            <source>The value tiers' shares of customers add up to {total} %, not 100 %.</source>
            <translation>客户分层的客户占比合计为 {total}%，不是 100%。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="16" />
            <source>The value tiers' shares of revenue add up to {total} %, not 100 %.</source>
            <translation>客户分层的收入占比合计为 {total}%，不是 100%。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="19" />
            <source>Value tier {index} has no name.</source>
            <translation>第 {index} 个客户层级没有名称。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="20" />
            <source>Two value tiers are named '{name}'.</source>
            <translation>有两个客户层级都叫“{name}”。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="23" />
            <source>Value tier '{name}' has no service level.</source>
            <translation>客户层级“{name}”没有服务标准。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="26" />
            <source>The personas' shares of customers add up to {total} %, more than 100 %.</source>
            <translation>用户画像的客户占比合计为 {total}%，超过 100%。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="29" />
            <source>Persona {index} has no name.</source>
            <translation>第 {index} 个用户画像没有名称。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="30" />
            <source>Persona '{name}' has no customer journey.</source>
            <translation>用户画像“{name}”没有客户旅程。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/service_text.py" line="33" />
            <source>The journey of '{name}' leaves {missing} of 6 stages empty.</source>
            <translation>“{name}”的客户旅程 6 个阶段中有 {missing} 个为空。</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextRisks</name>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="14" />
            <source>Risk '{risk}' has no owner.</source>
            <translation>风险“{risk}”没有负责人。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="15" />
            <source>Risk '{risk}' scores {score} ({level}) but has no mitigation.</source>
            <translation>风险“{risk}”的风险值为 {score}（{level}），但没有缓解措施。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="18" />
            <source>The review date of risk '{risk}' ({date}) has passed.</source>
            <translation>风险“{risk}”的复核日期（{date}）已过。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="21" />
            <source>Playbook '{playbook}' has no severity level.</source>
            <translation>预案“{playbook}”未设定响应级别。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="24" />
            <source>Step {step} of playbook '{playbook}' has no owner.</source>
            <translation>预案“{playbook}”的第 {step} 步没有负责人。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="27" />
            <source>The first step of playbook '{playbook}' starts at {offset}, later than its level's response target of {target} minutes.</source>
            <translation>预案“{playbook}”的第一步在 {offset} 开始，晚于其级别要求的 {target} 分钟响应时限。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="32" />
            <source>Step {step} of playbook '{playbook}' is earlier than the step before it.</source>
            <translation>预案“{playbook}”的第 {step} 步早于前一步。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="35" />
            <source>Playbook '{playbook}' has no holding statement.</source>
            <translation>预案“{playbook}”没有初步声明。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="38" />
            <source>A holding statement of playbook '{playbook}' uses {placeholder}, which is not a placeholder ({{brand}}, {{date}} or {{product}}).</source>
            <translation>预案“{playbook}”的初步声明使用了 {placeholder}，它不是占位符（可用 {{brand}}、{{date}} 或 {{product}}）。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="43" />
            <source>A holding statement of playbook '{playbook}' uses {{product}}, but the playbook names no product.</source>
            <translation>预案“{playbook}”的初步声明使用了 {{product}}，但预案未填写产品。</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="51" />
            <source>Supply chain</source>
            <translation>供应链</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="52" />
            <source>Data security</source>
            <translation>数据安全</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="53" />
            <source>Reputation / public opinion</source>
            <translation>舆情 / 声誉</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="54" />
            <source>Product quality</source>
            <translation>产品质量</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="55" />
            <source>Credit</source>
            <translation>信用</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="56" />
            <source>Concentration</source>
            <translation>集中度</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="57" />
            <source>Operations</source>
            <translation>运营</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="58" />
            <source>Compliance</source>
            <translation>合规</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="63" />
            <source>Open</source>
            <translation>未处理</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="64" />
            <source>Monitoring</source>
            <translation>监控中</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="65" />
            <source>Mitigated</source>
            <translation>已缓解</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="66" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="71" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="72" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="73" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="74" />
            <source>critical</source>
            <translation>极高</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="84" />
            <source>T+{hours} h {minutes} min</source>
            <translation>T+{hours} 小时 {minutes} 分钟</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="88" />
            <source>T+{hours} h</source>
            <translation>T+{hours} 小时</translation>
        </message>
        <message>
            <location filename="../../app/views/risks/service_text.py" line="90" />
            <source>T+{minutes} min</source>
            <translation>T+{minutes} 分钟</translation>
        </message>
    </context>
    <context>
        <name>ServiceTextSwot</name>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="13" />
            <source>strength</source>
            <translation>优势</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="19" />
            <source>strengths</source>
            <translation>优势</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="14" />
            <source>weakness</source>
            <translation>劣势</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="20" />
            <source>weaknesses</source>
            <translation>劣势</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="15" />
            <source>opportunity</source>
            <translation>机会</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="21" />
            <source>opportunities</source>
            <translation>机会</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="16" />
            <source>threat</source>
            <translation>威胁</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="22" />
            <source>threats</source>
            <translation>威胁</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="38" />
            <source>The SWOT lists no {quadrants} yet.</source>
            <translation>SWOT 中还没有{quadrants}条目。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="39" />
            <source>SWOT item {item} has no text.</source>
            <translation>SWOT 条目 {item} 没有内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="40" />
            <source>SWOT item {item} weighs {weight} but names no evidence.</source>
            <translation>SWOT 条目 {item} 权重为 {weight}，但未注明依据。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="43" />
            <source>TOWS strategy {strategy} has no text.</source>
            <translation>TOWS 策略 {strategy} 没有内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="44" />
            <source>TOWS strategy {strategy} cites no SWOT item.</source>
            <translation>TOWS 策略 {strategy} 未引用任何 SWOT 条目。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="47" />
            <source>TOWS strategy {strategy} cites {item}, a {quadrant}, which {kind} strategies do not pair.</source>
            <translation>TOWS 策略 {strategy} 引用了{quadrant}条目 {item}，而 {kind} 策略并不搭配该类条目。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/service_text.py" line="51" />
            <source>TOWS strategy {strategy} cites no {quadrant}.</source>
            <translation>TOWS 策略 {strategy} 未引用任何{quadrant}条目。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="89" />
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="95" />
            <source>Next / previous slide while presenting</source>
            <translation>演示时下一张 / 上一张幻灯片</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="95" />
            <source>→ / ←, Page Down / Page Up</source>
            <translation>→ / ←，Page Down / Page Up</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="96" />
            <source>Leave the presentation</source>
            <translation>退出演示</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="98" />
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/help_dialogs.py" line="98" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsDialog</name>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="30" />
            <source>Snapshot</source>
            <translation>快照</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="31" />
            <source>Reviewed (deck export)</source>
            <translation>已评审（导出演示文稿）</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="32" />
            <source>Copy sent</source>
            <translation>已发送副本</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="55" />
            <source>Snapshots</source>
            <translation>快照</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="62" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="62" />
            <source>Taken</source>
            <translation>拍摄时间</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="62" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="62" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="62" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="67" />
            <source>Open read-only</source>
            <translation>只读打开</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="68" />
            <source>Compare with the plan</source>
            <translation>与当前方案对比</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="69" />
            <source>Restore as new plan…</source>
            <translation>恢复为新方案…</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="70" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="106" />
            <source>Snapshots are kept inside the plan file. Taking or deleting one never changes the plan.</source>
            <translation>快照保存在方案文件内部。拍摄或删除快照都不会改动方案内容。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/snapshots_dialog.py" line="109" />
            <source>This plan has no snapshots yet. Use File › Take Snapshot… to keep one.</source>
            <translation>本方案还没有快照。可通过 文件 › 拍摄快照… 保存一份。</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../app/views/shell/start_page.py" line="22" />
            <source>Stratdeck</source>
            <translation>Stratdeck</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/start_page.py" line="24" />
            <source>Build a whole marketing plan in one file and take it to the review meeting.</source>
            <translation>在一个文件中完成整份营销计划，直接带到评审会上。</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/start_page.py" line="26" />
            <source>New plan…</source>
            <translation>新建营销计划…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/start_page.py" line="27" />
            <source>Open plan…</source>
            <translation>打开营销计划…</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/start_page.py" line="28" />
            <source>Open the sample plan</source>
            <translation>打开示例营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/start_page.py" line="45" />
            <source>Recent plans</source>
            <translation>最近打开的营销计划</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/start_page.py" line="48" />
            <source>No recent plans yet. Start a new plan (blank or from a template), or open the sample plan to see every canvas filled in.</source>
            <translation>还没有最近打开的营销计划。新建一份营销计划（空白或从模板开始），或打开示例营销计划，看看每个画布填写完整的样子。</translation>
        </message>
    </context>
    <context>
        <name>StrategiesModel</name>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="66" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="66" />
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="66" />
            <source>Rationale</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="66" />
            <source>Cites</source>
            <translation>引用条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="104" />
            <source>Cites an item its kind does not pair.</source>
            <translation>引用了与该策略类型不匹配的条目。</translation>
        </message>
    </context>
    <context>
        <name>SwotBoard</name>
        <message>
            <location filename="../../app/views/swot/board.py" line="39" />
            <source>Strengths</source>
            <translation>优势 (S)</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="40" />
            <source>Weaknesses</source>
            <translation>劣势 (W)</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="41" />
            <source>Opportunities</source>
            <translation>机会 (O)</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="42" />
            <source>Threats</source>
            <translation>威胁 (T)</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="129" />
            <source>No strengths yet.</source>
            <translation>还没有优势。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="130" />
            <source>No weaknesses yet.</source>
            <translation>还没有劣势。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="131" />
            <source>No opportunities yet.</source>
            <translation>还没有机会。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="132" />
            <source>No threats yet.</source>
            <translation>还没有威胁。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="136" />
            <source>Click here and press Insert to add one.</source>
            <translation>点击此处后按 Insert 键即可添加一条。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="254" />
            <source>Move SWOT items</source>
            <translation>移动 SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="262" />
            <source>Move to %s</source>
            <translation>移至%s</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/board.py" line="282" />
            <source>Reorder SWOT items</source>
            <translation>调整 SWOT 条目顺序</translation>
        </message>
    </context>
    <context>
        <name>SwotCommands</name>
        <message>
            <location filename="../../app/views/swot/commands.py" line="27" />
            <source>Add SWOT item</source>
            <translation>添加 SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="36" />
            <source>Edit SWOT item</source>
            <translation>编辑 SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="50" />
            <source>Delete SWOT item</source>
            <translation>删除 SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="52" />
            <source>Delete %s SWOT items</source>
            <translation>删除 %s 个 SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="62" />
            <source>Add TOWS strategy</source>
            <translation>添加 TOWS 策略</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="72" />
            <source>Edit TOWS strategy</source>
            <translation>编辑 TOWS 策略</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="94" />
            <source>Change strategy kind</source>
            <translation>更改策略类型</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="100" />
            <source>Reorder TOWS strategies</source>
            <translation>调整 TOWS 策略顺序</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="106" />
            <source>Change citations</source>
            <translation>更改引用条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/commands.py" line="114" />
            <source>Delete TOWS strategy</source>
            <translation>删除 TOWS 策略</translation>
        </message>
    </context>
    <context>
        <name>SwotEditor</name>
        <message>
            <location filename="../../app/views/swot/editor.py" line="89" />
            <source>Add item</source>
            <translation>添加条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="90" />
            <source>Add an item to the selected quadrant (Insert)</source>
            <translation>在所选象限中添加条目（Insert）</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="91" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="92" />
            <source>Delete the selected items (Delete)</source>
            <translation>删除所选条目（Delete）</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="93" />
            <source>Sort by weight</source>
            <translation>按权重排序</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="94" />
            <source>Heaviest items first in every quadrant (one undo step)</source>
            <translation>各象限中权重高的条目排在前面（可一步撤销）</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="95" />
            <source>Move to</source>
            <translation>移至</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="98" />
            <source>Ctrl+Up/Down: reorder. Ctrl+Left/Right: quadrant beside. Ctrl+Shift+Up/Down: quadrant above/below.</source>
            <translation>Ctrl+上/下：调整顺序。Ctrl+左/右：移到左右相邻象限。Ctrl+Shift+上/下：移到上下相邻象限。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="105" />
            <source>TOWS strategies</source>
            <translation>TOWS 策略</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="202" />
            <source>TOWS strategy %s cites the items you are deleting. Its citations of these items will be removed too (Undo brings them back).</source>
            <translation>TOWS 策略 %s 引用了要删除的条目。它对这些条目的引用也会一并移除（撤销即可恢复）。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="209" />
            <source>%s TOWS strategies cite the items you are deleting. Their citations of these items will be removed too (Undo brings them back).</source>
            <translation>有 %s 个 TOWS 策略引用了要删除的条目。这些引用也会一并移除（撤销即可恢复）。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/editor.py" line="223" />
            <source>Sort SWOT items by weight</source>
            <translation>按权重排序 SWOT 条目</translation>
        </message>
    </context>
    <context>
        <name>SwotItemForm</name>
        <message>
            <location filename="../../app/views/swot/item_form.py" line="22" />
            <location filename="../../app/views/swot/item_form.py" line="103" />
            <source>Selected item</source>
            <translation>所选条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/item_form.py" line="34" />
            <location filename="../../app/views/swot/item_form.py" line="108" />
            <source>Source, figure or study behind this item</source>
            <translation>此条目的来源、数据或研究</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/item_form.py" line="42" />
            <location filename="../../app/views/swot/item_form.py" line="104" />
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/item_form.py" line="42" />
            <location filename="../../app/views/swot/item_form.py" line="105" />
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/item_form.py" line="43" />
            <location filename="../../app/views/swot/item_form.py" line="106" />
            <source>Evidence</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/item_form.py" line="43" />
            <location filename="../../app/views/swot/item_form.py" line="107" />
            <source>Cited by</source>
            <translation>被引用于</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/item_form.py" line="82" />
            <source>No TOWS strategy cites this item.</source>
            <translation>尚无 TOWS 策略引用此条目。</translation>
        </message>
    </context>
    <context>
        <name>SwotTows</name>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="29" />
            <source>SO: use strengths to seize opportunities</source>
            <translation>SO：发挥优势，抓住机会</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="30" />
            <source>ST: use strengths to counter threats</source>
            <translation>ST：发挥优势，应对威胁</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="31" />
            <source>WO: fix weaknesses by taking opportunities</source>
            <translation>WO：借助机会，弥补劣势</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_model.py" line="32" />
            <source>WT: limit weaknesses and avoid threats</source>
            <translation>WT：减少劣势，规避威胁</translation>
        </message>
    </context>
    <context>
        <name>TakeSnapshotDialog</name>
        <message>
            <location filename="../../app/views/review/take_snapshot_dialog.py" line="19" />
            <location filename="../../app/views/review/take_snapshot_dialog.py" line="36" />
            <source>Take snapshot</source>
            <translation>拍摄快照</translation>
        </message>
        <message>
            <location filename="../../app/views/review/take_snapshot_dialog.py" line="22" />
            <source>A snapshot keeps the plan as it is now, inside the plan file. Later you can see what changed since, open it read-only or restore it as a new plan.</source>
            <translation>快照会把方案当前的状态保存在方案文件内部。之后可以查看此后的变化、只读打开，或恢复为新方案。</translation>
        </message>
        <message>
            <location filename="../../app/views/review/take_snapshot_dialog.py" line="31" />
            <source>What was agreed, who reviewed it…</source>
            <translation>评审结论、评审人…</translation>
        </message>
        <message>
            <location filename="../../app/views/review/take_snapshot_dialog.py" line="34" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/review/take_snapshot_dialog.py" line="35" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/review/take_snapshot_dialog.py" line="48" />
            <source>Give the snapshot a name.</source>
            <translation>请为快照命名。</translation>
        </message>
    </context>
    <context>
        <name>TemplateCards</name>
        <message>
            <location filename="../../app/views/shell/template_cards.py" line="75" />
            <source>%1 objectives · %2 SWOT items · %3 channels</source>
            <translation>%1 个目标 · %2 条 SWOT · %3 个渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/shell/template_cards.py" line="79" />
            <source>%1 KPIs · %2 risks · %3 crisis playbook(s)</source>
            <translation>%1 个关键绩效指标 · %2 项风险 · %3 个危机预案</translation>
        </message>
    </context>
    <context>
        <name>Terms</name>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="358" />
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="359" />
            <source>Actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="360" />
            <source>Advocacy</source>
            <translation>推荐</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="361" />
            <source>Age band</source>
            <translation>年龄段</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="362" />
            <source>Alert threshold (%)</source>
            <translation>预警阈值（%）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="363" />
            <source>Average order value</source>
            <translation>客单价</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="364" />
            <source>Awareness</source>
            <translation>认知</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="365" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="366" />
            <source>Behaviours</source>
            <translation>行为特征</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="367" />
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="368" />
            <source>Brand colour</source>
            <translation>品牌色</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="369" />
            <source>Budget envelope</source>
            <translation>预算总额</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="370" />
            <source>Buying triggers</source>
            <translation>购买触发点</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="371" />
            <source>CAC</source>
            <translation>获客成本</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="372" />
            <source>Cadence</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="373" />
            <source>Campaign</source>
            <translation>营销活动</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="374" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="375" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="376" />
            <source>Channel colour</source>
            <translation>渠道颜色</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="377" />
            <source>Channel name</source>
            <translation>渠道名称</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="378" />
            <source>Channels</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="379" />
            <source>City tier</source>
            <translation>城市级别</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="380" />
            <source>Confidentiality label</source>
            <translation>保密标识</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="381" />
            <source>Consideration</source>
            <translation>考虑</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="382" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="383" />
            <source>Contingency</source>
            <translation>应急预案</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="384" />
            <source>Conversion rate (%)</source>
            <translation>转化率（%）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="385" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="386" />
            <source>Custom X score</source>
            <translation>自定义横轴评分</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="387" />
            <source>Custom Y score</source>
            <translation>自定义纵轴评分</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="388" />
            <source>Data source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="389" />
            <source>Definition</source>
            <translation>定义</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="390" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="391" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="392" />
            <source>Escalate to</source>
            <translation>上报至</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="393" />
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="394" />
            <source>Gross margin (%)</source>
            <translation>毛利率（%）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="395" />
            <source>Impact</source>
            <translation>影响程度</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="396" />
            <source>Income band</source>
            <translation>收入区间</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="397" />
            <source>Innovation score</source>
            <translation>创新评分</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="398" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="399" />
            <source>Level description</source>
            <translation>级别说明</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="400" />
            <source>Level name</source>
            <translation>级别名称</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="401" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="402" />
            <source>Loyalty</source>
            <translation>忠诚</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="403" />
            <source>Main channels</source>
            <translation>主要渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="404" />
            <source>Market context</source>
            <translation>市场背景</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="405" />
            <source>Market share</source>
            <translation>市场份额</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="406" />
            <source>Mitigation</source>
            <translation>缓解措施</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="407" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="408" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="409" />
            <source>Our brand</source>
            <translation>本品牌</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="410" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="411" />
            <source>Pain points</source>
            <translation>痛点</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="412" />
            <source>Period end</source>
            <translation>周期结束</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="413" />
            <source>Period start</source>
            <translation>周期开始</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="414" />
            <source>Plan language</source>
            <translation>计划语言</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="415" />
            <source>Playbook name</source>
            <translation>预案名称</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="416" />
            <source>Positioning</source>
            <translation>定位</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="417" />
            <source>Preferred channels</source>
            <translation>常用渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="418" />
            <source>Price level</source>
            <translation>价格带</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="419" />
            <source>Price score</source>
            <translation>价格评分</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="420" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="421" />
            <source>Profile</source>
            <translation>画像描述</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="422" />
            <source>Purchase</source>
            <translation>购买</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="423" />
            <source>Quality score</source>
            <translation>品质评分</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="424" />
            <source>Quote</source>
            <translation>典型语录</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="425" />
            <source>Reach score</source>
            <translation>覆盖评分</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="426" />
            <source>Recent moves</source>
            <translation>近期动向</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="427" />
            <source>Repeat purchases</source>
            <translation>复购次数</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="428" />
            <source>Response target (minutes)</source>
            <translation>响应时限（分钟）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="429" />
            <source>Response time</source>
            <translation>响应时效</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="430" />
            <source>Review date</source>
            <translation>复核日期</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="431" />
            <source>Risk owner</source>
            <translation>风险负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="432" />
            <source>Risk title</source>
            <translation>风险名称</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="433" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="434" />
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="435" />
            <source>Service level</source>
            <translation>服务标准</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="436" />
            <source>Severity level</source>
            <translation>响应级别</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="437" />
            <source>Share of customers</source>
            <translation>客户占比</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="438" />
            <source>Share of revenue</source>
            <translation>收入占比</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="439" />
            <source>Spend override</source>
            <translation>手动费用</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="440" />
            <source>Spokesperson</source>
            <translation>发言人</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="441" />
            <source>Statement text</source>
            <translation>声明正文</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="442" />
            <source>Statement title</source>
            <translation>声明标题</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="443" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="444" />
            <source>Step owner</source>
            <translation>步骤负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="445" />
            <source>Strategy</source>
            <translation>策略</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="446" />
            <source>Strengths</source>
            <translation>优势</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="447" />
            <source>Sub-channel</source>
            <translation>子渠道</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="448" />
            <source>Tactic</source>
            <translation>策略</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="449" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="450" />
            <source>Target share</source>
            <translation>目标占比</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="451" />
            <source>The SWOT item text</source>
            <translation>SWOT 条目内容</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="452" />
            <source>The evidence note</source>
            <translation>依据说明</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="453" />
            <source>The rationale</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="454" />
            <source>The strategy text</source>
            <translation>策略内容</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="455" />
            <source>The weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="456" />
            <source>Tier name</source>
            <translation>层级名称</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="457" />
            <source>Time offset (minutes)</source>
            <translation>时间偏移（分钟）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="458" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="459" />
            <source>Touchpoints</source>
            <translation>触点</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="460" />
            <source>Trigger</source>
            <translation>触发条件</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="461" />
            <source>Trigger KPI</source>
            <translation>触发指标</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="462" />
            <source>Trigger risk</source>
            <translation>触发风险</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="463" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="464" />
            <source>Update interval (hours)</source>
            <translation>通报间隔（小时）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="465" />
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="466" />
            <source>Weaknesses</source>
            <translation>劣势</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="467" />
            <source>a date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="468" />
            <source>a date (YYYY-MM-DD)</source>
            <translation>日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="469" />
            <source>a device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="470" />
            <source>a folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="471" />
            <source>a named pipe</source>
            <translation>命名管道</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="472" />
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="473" />
            <source>a socket</source>
            <translation>套接字</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="474" />
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="475" />
            <source>actual</source>
            <translation>实际</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="476" />
            <source>base64 text</source>
            <translation>base64 文本</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="477" />
            <source>competitor</source>
            <translation>竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="478" />
            <source>image data</source>
            <translation>图片数据</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="479" />
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="480" />
            <source>not a plain file</source>
            <translation>非普通文件</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="481" />
            <source>objective</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="482" />
            <source>owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="483" />
            <source>planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="484" />
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="485" />
            <source>the deck</source>
            <translation>演示文稿</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="486" />
            <source>the new competitor</source>
            <translation>新竞品</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="487" />
            <source>trigger</source>
            <translation>触发器</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="488" />
            <source>true or false</source>
            <translation>是或否</translation>
        </message>
        <message>
            <location filename="../../app/views/common/message_sources.py" line="489" />
            <source>view</source>
            <translation>视图</translation>
        </message>
    </context>
    <context>
        <name>TierCommands</name>
        <message>
            <location filename="../../app/views/personas/tier_commands.py" line="15" />
            <source>Add value tier</source>
            <translation>添加客户层级</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_commands.py" line="30" />
            <source>Add the standard four tiers</source>
            <translation>添加标准四层</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_commands.py" line="15" />
            <source>Delete value tier</source>
            <translation>删除客户层级</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_commands.py" line="16" />
            <source>Move value tier</source>
            <translation>移动客户层级</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_commands.py" line="16" />
            <source>Edit value tier</source>
            <translation>编辑客户层级</translation>
        </message>
    </context>
    <context>
        <name>TierModel</name>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="23" />
            <source>Tier</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="24" />
            <source>Customers %</source>
            <translation>客户占比 %</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="25" />
            <source>Revenue %</source>
            <translation>收入占比 %</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="26" />
            <source>Service level</source>
            <translation>服务标准</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="27" />
            <source>Response time</source>
            <translation>响应时效</translation>
        </message>
    </context>
    <context>
        <name>TierPanel</name>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="76" />
            <source>No value tiers yet.</source>
            <translation>还没有客户分层。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="78" />
            <source>No value tiers yet. Click Add the standard four tiers to start from a common set, or Add tier.</source>
            <translation>还没有客户分层。点击“添加标准四层”从常用分层开始，或点击“添加层级”。</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="86" />
            <source>Add the standard four tiers</source>
            <translation>添加标准四层</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="90" />
            <source>Add tier</source>
            <translation>添加层级</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="90" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="116" />
            <source>Customers total: %s %%</source>
            <translation>客户占比合计：%s%%</translation>
        </message>
        <message>
            <location filename="../../app/views/personas/tier_panel.py" line="121" />
            <source>Revenue total: %s %%</source>
            <translation>收入占比合计：%s%%</translation>
        </message>
    </context>
    <context>
        <name>TowsPanel</name>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="99" />
            <location filename="../../app/views/swot/tows_panel.py" line="281" />
            <source>Add strategy</source>
            <translation>添加策略</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="100" />
            <location filename="../../app/views/swot/tows_panel.py" line="282" />
            <source>Delete strategy</source>
            <translation>删除策略</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="105" />
            <location filename="../../app/views/swot/tows_panel.py" line="283" />
            <source>Cited SWOT items</source>
            <translation>引用的 SWOT 条目</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="248" />
            <source>Select a strategy to choose the SWOT items it pairs.</source>
            <translation>选择一个策略，即可勾选它所搭配的 SWOT 条目。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="203" />
            <source>(no text yet)</source>
            <translation>（尚无内容）</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="74" />
            <source>No TOWS strategies yet.</source>
            <translation>还没有 TOWS 策略。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="76" />
            <source>No TOWS strategies yet. Choose a kind below and click Add strategy, then tick the SWOT items it pairs.</source>
            <translation>还没有 TOWS 策略。请在下方选择类型并点击“添加策略”，再勾选它所搭配的 SWOT 条目。</translation>
        </message>
        <message>
            <location filename="../../app/views/swot/tows_panel.py" line="254" />
            <source>Tick the items %s pairs; the board highlights them.</source>
            <translation>勾选 %s 所搭配的条目；看板上会高亮显示。</translation>
        </message>
    </context>
</TS>
