<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="26"/>
        <source>ServiceTextBudget</source>
        <comment>Budget line &apos;{line}&apos;: actual is off plan by more than ±{threshold} % in {months}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="28"/>
        <source>ServiceTextBudget</source>
        <comment>Budget line &apos;{line}&apos;: actual to date is {variance} against plan (limit ±{threshold} %).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="30"/>
        <source>ServiceTextBudget</source>
        <comment>Budget line &apos;{line}&apos; spends in {months}, outside its campaign &apos;{campaign}&apos; ({dates}).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="31"/>
        <source>ServiceTextBudget</source>
        <comment>The reserve pool is not set (aim for {min}–{max} % of the total).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="33"/>
        <source>ServiceTextBudget</source>
        <comment>The reserve pool is {pct} % of the total, below the minimum of {min} %.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="35"/>
        <source>ServiceTextBudget</source>
        <comment>The reserve pool is {pct} % of the total, above the maximum of {max} %.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="37"/>
        <source>ServiceTextBudget</source>
        <comment>The budget lines and the reserve exceed the budget envelope by {amount}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="38"/>
        <source>ServiceTextBudget</source>
        <comment>The channels&apos; target shares add up to {total} %, not 100 %.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="40"/>
        <source>ServiceTextBudget</source>
        <comment>Channel &apos;{channel}&apos; has {share} % of the planned budget; its target share is {target} %.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="41"/>
        <source>ServiceTextBudget</source>
        <comment>Budget cells in {months} fall outside the plan period.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="50"/>
        <source>ServiceTextBudget</source>
        <comment>planned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="50"/>
        <source>ServiceTextBudget</source>
        <comment>actual</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="54"/>
        <source>ServiceTextBudget</source>
        <comment>Budget line &apos;{line}&apos;, {month} {layer}: &apos;{value}&apos; is negative; amounts are 0 or more.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="57"/>
        <source>ServiceTextBudget</source>
        <comment>Budget line &apos;{line}&apos;, {month} {layer}: &apos;{value}&apos; is not a number.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="60"/>
        <source>ServiceTextBudget</source>
        <comment>Budget line &apos;{line}&apos;, {month} {layer}: &apos;{value}&apos; is too large (at most 10,000,000,000,000).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="66"/>
        <source>ServiceTextBudget</source>
        <comment>Budget envelope: &apos;{value}&apos; is negative; amounts are 0 or more.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="67"/>
        <source>ServiceTextBudget</source>
        <comment>Budget envelope: &apos;{value}&apos; is not a number.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="69"/>
        <source>ServiceTextBudget</source>
        <comment>Budget envelope: &apos;{value}&apos; is too large (at most 10,000,000,000,000).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="71"/>
        <source>ServiceTextBudget</source>
        <comment>Reserve pool: &apos;{value}&apos; is not a percentage from 0 to 99.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="72"/>
        <source>ServiceTextBudget</source>
        <comment>That budget line no longer exists.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="74"/>
        <source>ServiceTextBudget</source>
        <comment>Choose a channel for the budget line (add channels in the Campaign calendar).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="76"/>
        <source>ServiceTextBudget</source>
        <comment>&apos;{value}&apos; is not a month (YYYY-MM).</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <location filename="../../app/views/budget_charts.py" line="35"/>
        <source>Charts appear here once the budget has amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_charts.py" line="86"/>
        <source>Planned spend by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_charts.py" line="88"/>
        <source>Channel shares (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_charts.py" line="90"/>
        <source>Planned vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_charts.py" line="91"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_charts.py" line="91"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetCommands</name>
    <message>
        <location filename="../../app/views/budget_commands.py" line="17"/>
        <source>Edit budget cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commands.py" line="33"/>
        <source>Add budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commands.py" line="49"/>
        <source>Delete budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commands.py" line="69"/>
        <source>Move budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commands.py" line="83"/>
        <source>Edit budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commands.py" line="97"/>
        <source>Set budget envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_commands.py" line="98"/>
        <source>Set reserve pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="226"/>
        <source>Paste budget cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="253"/>
        <source>Fill right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="258"/>
        <source>Clear budget cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetEditor</name>
    <message>
        <location filename="../../app/views/budget_editor.py" line="75"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="76"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="101"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="102"/>
        <source>Delete lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="104"/>
        <source>Move up</source>
        <translation type="unfinished">上移</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="105"/>
        <source>Move down</source>
        <translation type="unfinished">下移</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="107"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="108"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="109"/>
        <source>Fill right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="110"/>
        <source>Clear cells</source>
        <translation type="unfinished">清空单元格</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="114"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="117"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="118"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="119"/>
        <source>Planned and actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="126"/>
        <source>Import budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="285"/>
        <source>Set the plan period in the Overview to get one column per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_editor.py" line="287"/>
        <source>Add channels in the Calendar canvas, then add budget lines here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetGridModel</name>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="145"/>
        <source>Total actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="145"/>
        <source>Total planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="152"/>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="158"/>
        <source>This budget line has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="174"/>
        <source>Actual {actual} against no plan (limit ±{limit} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="176"/>
        <source>Actual {actual} is {pct} % off plan {planned} (limit ±{limit} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="182"/>
        <source>Outside the campaign “{name}” ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="196"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="196"/>
        <source>Sub-channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="196"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="196"/>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="197"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_grid_model.py" line="204"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message>
        <location filename="../../app/views/budget_summary.py" line="44"/>
        <source>lines + reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="47"/>
        <source>not set</source>
        <translation type="unfinished">未设置</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="54"/>
        <source>Budget envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="55"/>
        <source>Reserve pool (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="56"/>
        <source>Reserve amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="57"/>
        <source>Allocated to lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="58"/>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="59"/>
        <source>Actual to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="72"/>
        <source>Budget findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="91"/>
        <source>Not set: the lines plus the reserve, {amount} {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="98"/>
        <source>{amount} {currency} over the envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="111"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="111"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="111"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="111"/>
        <source>Target</source>
        <translation type="unfinished">目标值</translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="111"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/budget_summary.py" line="129"/>
        <source>More than {pp} percentage points from the target share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="33"/>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="43"/>
        <source>Move campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="54"/>
        <source>Change campaign dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="65"/>
        <source>Change channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="67"/>
        <source>Change personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="77"/>
        <source>Edit phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="87"/>
        <source>Move phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="98"/>
        <source>Change phase dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="109"/>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="136"/>
        <source>Add campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="146"/>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="156"/>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="180"/>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="186"/>
        <source>Delete phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="192"/>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="202"/>
        <source>Add holidays and festivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="233"/>
        <source>Show or hide key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="235"/>
        <source>Edit key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="251"/>
        <source>Add brand day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_commands.py" line="261"/>
        <source>Delete key date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="62"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="63"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="74"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="75"/>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="102"/>
        <source>Add campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="103"/>
        <location filename="../../app/views/calendar_editor.py" line="144"/>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="109"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="121"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_editor.py" line="180"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFilterBar</name>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="26"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="28"/>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="29"/>
        <source>Persona</source>
        <translation type="unfinished">用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="42"/>
        <source>Search campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="47"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="67"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_filter_bar.py" line="100"/>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="15"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="16"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="17"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="18"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="19"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="27"/>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="28"/>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="29"/>
        <source>Long tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="30"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="38"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="39"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_labels.py" line="40"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="27"/>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="28"/>
        <source>Adjusted working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="29"/>
        <source>Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="30"/>
        <source>Brand day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTimeline</name>
    <message>
        <location filename="../../app/views/calendar_timeline_paint.py" line="195"/>
        <source>Q{quarter} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_timeline_paint.py" line="202"/>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDetailPanel</name>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="42"/>
        <location filename="../../app/views/campaign_detail.py" line="146"/>
        <source>Select a campaign to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="47"/>
        <source>Default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="54"/>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="55"/>
        <source>Remove phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="56"/>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="57"/>
        <source>Remove milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="59"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="66"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="70"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="74"/>
        <source>Channels</source>
        <translation type="unfinished">渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="75"/>
        <source>Personas</source>
        <translation type="unfinished">用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="76"/>
        <source>Channels and personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="144"/>
        <source>(untitled campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="149"/>
        <source>Choose…</source>
        <translation type="unfinished">选择…</translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_detail.py" line="217"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignMonthGrid</name>
    <message>
        <location filename="../../app/views/calendar_month_grid.py" line="157"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_month_grid.py" line="158"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_month_grid.py" line="159"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_month_grid.py" line="201"/>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignPartsModel</name>
    <message>
        <location filename="../../app/views/campaign_parts_model.py" line="28"/>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_parts_model.py" line="29"/>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_parts_model.py" line="30"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_parts_model.py" line="31"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/campaign_parts_model.py" line="32"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="38"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="40"/>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="41"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="42"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="43"/>
        <source>Channels</source>
        <translation type="unfinished">渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="44"/>
        <source>Personas</source>
        <translation type="unfinished">用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_table_model.py" line="45"/>
        <source>Objective</source>
        <translation type="unfinished">目标</translation>
    </message>
</context>
<context>
    <name>Canvases</name>
    <message>
        <location filename="../../app/views/canvases.py" line="26"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="27"/>
        <source>SWOT &amp; TOWS</source>
        <translation>SWOT 与 TOWS</translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="28"/>
        <source>Personas &amp; segments</source>
        <translation>用户画像与分层</translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="29"/>
        <source>Competitors</source>
        <translation>竞品</translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="30"/>
        <source>Campaign calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="31"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="32"/>
        <source>Forecast &amp; ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="33"/>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="34"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="35"/>
        <source>Crisis playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/canvases.py" line="36"/>
        <source>Deck</source>
        <translation>演示文稿</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../app/views/budget_table.py" line="43"/>
        <source>(no campaign)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationChoicesModel</name>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="147"/>
        <source>(no text yet)</source>
        <translation>（尚无内容）</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="154"/>
        <source>This item is not in a quadrant that %s strategies pair.</source>
        <translation>该条目不属于 %s 策略所搭配的象限。</translation>
    </message>
</context>
<context>
    <name>CompetitorCommands</name>
    <message>
        <location filename="../../app/views/competitor_commands.py" line="18"/>
        <source>Add competitor</source>
        <translation>添加竞品</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_commands.py" line="34"/>
        <source>Delete competitor</source>
        <translation>删除竞品</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_commands.py" line="49"/>
        <source>Move competitor</source>
        <translation>移动竞品</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_commands.py" line="63"/>
        <source>Edit competitor</source>
        <translation>编辑竞品</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_commands.py" line="78"/>
        <source>Change map axes</source>
        <translation>更改定位图坐标轴</translation>
    </message>
</context>
<context>
    <name>CompetitorEditor</name>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="101"/>
        <source>Add competitor</source>
        <translation>添加竞品</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="102"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="103"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="104"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="120"/>
        <source>Positioning map</source>
        <translation>竞品定位图</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="134"/>
        <source>e.g. Online presence</source>
        <translation>例如：线上声量</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="137"/>
        <source>Horizontal axis</source>
        <translation>横轴</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="138"/>
        <source>Vertical axis</source>
        <translation>纵轴</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="139"/>
        <source>Custom X name</source>
        <translation>自定义横轴名称</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="140"/>
        <source>Custom Y name</source>
        <translation>自定义纵轴名称</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_editor.py" line="142"/>
        <source>Our brand is highlighted; bubble size shows market share.</source>
        <translation>本品牌以品牌色突出显示；气泡大小表示市场份额。</translation>
    </message>
</context>
<context>
    <name>CompetitorModel</name>
    <message>
        <location filename="../../app/views/competitor_model.py" line="52"/>
        <source>Custom X</source>
        <translation>自定义横轴</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="53"/>
        <source>Custom Y</source>
        <translation>自定义纵轴</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="55"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="56"/>
        <source>Our brand</source>
        <translation>本品牌</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="57"/>
        <source>Positioning</source>
        <translation>定位</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="58"/>
        <source>Price level</source>
        <translation>价格带</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="59"/>
        <source>Main channels</source>
        <translation>主要渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="60"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="61"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="62"/>
        <source>Share %</source>
        <translation>份额 %</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="63"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="64"/>
        <source>Quality</source>
        <translation>品质</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="65"/>
        <source>Innovation</source>
        <translation>创新</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_model.py" line="66"/>
        <source>Reach</source>
        <translation>覆盖</translation>
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
    <message>
        <location filename="../../app/views/dialogs.py" line="89"/>
        <source>Delete cited items?</source>
        <translation>删除被引用的条目？</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="93"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/views/dialogs.py" line="101"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF 文档 (*.pdf)</translation>
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
    <name>ForecastCommands</name>
    <message>
        <location filename="../../app/views/forecast_commands.py" line="18"/>
        <source>Edit forecast input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_commands.py" line="37"/>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_commands.py" line="53"/>
        <source>Delete KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_commands.py" line="68"/>
        <source>Move KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_commands.py" line="82"/>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastEditor</name>
    <message>
        <location filename="../../app/views/forecast_editor.py" line="34"/>
        <source>Forecast &amp; ROI per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_editor.py" line="51"/>
        <source>Add channels and budget lines on the Budget canvas; each channel gets a row here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_editor.py" line="64"/>
        <source>Spend comes from the channel&apos;s planned budget unless you type an override (clear it to go back). Customers = spend ÷ CAC; revenue = customers × order value × (1 + repeat purchases); gross profit = revenue × margin; ROI = (gross profit − spend) ÷ spend; LTV = order value × (1 + repeat purchases) × margin. LTV/CAC under 3 is flagged. Cost per visit = CAC × conversion rate (the click price this CAC implies). A figure whose inputs are missing stays blank (—); hover it to see why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastModel</name>
    <message>
        <location filename="../../app/views/forecast_model.py" line="42"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="42"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="42"/>
        <source>CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="42"/>
        <source>Conversion %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="42"/>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="43"/>
        <source>Gross margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="43"/>
        <source>Repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="43"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="43"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="44"/>
        <source>Gross profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="44"/>
        <source>ROI %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="44"/>
        <source>LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="44"/>
        <source>LTV/CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="44"/>
        <source>Cost per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="87"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="94"/>
        <source>%s (under 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="136"/>
        <source>Totals over {covered} of {channels} channels (those with every input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="144"/>
        <source>Spend override (the budget plans {budget}); clear it to use the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="146"/>
        <source>Planned budget of the channel; type a figure to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/forecast_model.py" line="148"/>
        <source>Under 3: each customer earns back less than three times its acquisition cost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyModel</name>
    <message>
        <location filename="../../app/views/journey_panel.py" line="77"/>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="77"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="77"/>
        <source>Tactic</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../../app/views/journey_panel.py" line="32"/>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="33"/>
        <source>Consideration</source>
        <translation>考虑</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="34"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="35"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="36"/>
        <source>Loyalty</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="37"/>
        <source>Advocacy</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="111"/>
        <source>Double-click a cell to edit it; Delete clears the selected cells.</source>
        <translation>双击单元格进行编辑；按 Delete 清空所选单元格。</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="113"/>
        <source>Copy journey</source>
        <translation>复制旅程</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="114"/>
        <location filename="../../app/views/journey_panel.py" line="170"/>
        <source>Paste journey</source>
        <translation>粘贴旅程</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="115"/>
        <location filename="../../app/views/journey_panel.py" line="174"/>
        <source>Clear journey</source>
        <translation>清空旅程</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="116"/>
        <source>Replace this journey with one copied from another persona</source>
        <translation>用从其他用户画像复制的旅程替换当前旅程</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="118"/>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="139"/>
        <source>Persona %s</source>
        <translation>用户画像 %s</translation>
    </message>
    <message>
        <location filename="../../app/views/journey_panel.py" line="183"/>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
</context>
<context>
    <name>KeyDateModel</name>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="62"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="62"/>
        <source>Kind</source>
        <translation type="unfinished">类型</translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="62"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDatePanel</name>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="129"/>
        <source>Add holidays and festivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="131"/>
        <source>Public holidays, adjusted working days and e-commerce festivals of the plan&apos;s years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="133"/>
        <source>Add brand day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="134"/>
        <source>Delete key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/calendar_key_dates.py" line="155"/>
        <source>Brand day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../../app/views/kpi_editor.py" line="71"/>
        <source>KPI scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_editor.py" line="88"/>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_editor.py" line="89"/>
        <source>Delete KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_editor.py" line="90"/>
        <source>Move up</source>
        <translation type="unfinished">上移</translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_editor.py" line="91"/>
        <source>Move down</source>
        <translation type="unfinished">下移</translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_editor.py" line="99"/>
        <source>Status: green when the actual meets the target (at or above it when higher is better, at or below when lower is better); amber when it is short of the target by no more than the alert threshold (in % of the target); red otherwise. No actual: no data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../../app/views/kpi_model.py" line="38"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="38"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="38"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="38"/>
        <source>Target</source>
        <translation type="unfinished">目标值</translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="38"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="39"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="39"/>
        <source>Alert at %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="39"/>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="39"/>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="39"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="49"/>
        <source>(no campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="49"/>
        <source>(unnamed)</source>
        <translation type="unfinished">（未命名）</translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="53"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="53"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="57"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="57"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="57"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="58"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="58"/>
        <source>Per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="63"/>
        <source>● On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="63"/>
        <source>▲ At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="63"/>
        <source>✖ Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="64"/>
        <source>○ No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="64"/>
        <source>○ No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="124"/>
        <source>Progress from baseline to target: {p} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="127"/>
        <source>Short of the target by {s} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/kpi_model.py" line="128"/>
        <source>Green: target met. Amber: short of it by no more than the alert threshold. Red: further off, or no threshold set.</source>
        <translation type="unfinished"></translation>
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
    <name>MonthCanvas</name>
    <message>
        <location filename="../../app/views/calendar_month_grid.py" line="132"/>
        <source>+%d more</source>
        <translation type="unfinished"></translation>
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
    <name>PersonaCardsModel</name>
    <message>
        <location filename="../../app/views/persona_cards.py" line="69"/>
        <source>Persona %s</source>
        <translation>用户画像 %s</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_cards.py" line="151"/>
        <source>%s %% of customers</source>
        <translation>占客户 %s%%</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_cards.py" line="167"/>
        <source>No journey yet</source>
        <translation>尚无客户旅程</translation>
    </message>
</context>
<context>
    <name>PersonaCommands</name>
    <message>
        <location filename="../../app/views/persona_commands.py" line="20"/>
        <source>Add persona</source>
        <translation>添加用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="36"/>
        <source>Duplicate persona</source>
        <translation>复制用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="53"/>
        <source>Delete persona</source>
        <translation>删除用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="55"/>
        <source>Delete personas</source>
        <translation>删除多个用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="72"/>
        <source>Move persona</source>
        <translation>移动用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="87"/>
        <source>Edit persona</source>
        <translation>编辑用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="114"/>
        <source>Change photo</source>
        <translation>更换照片</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="116"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_commands.py" line="131"/>
        <source>Edit journey</source>
        <translation>编辑客户旅程</translation>
    </message>
</context>
<context>
    <name>PersonaDetail</name>
    <message>
        <location filename="../../app/views/persona_detail.py" line="58"/>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="63"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="64"/>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="65"/>
        <source>City tier</source>
        <translation>城市级别</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="66"/>
        <source>Income band</source>
        <translation>收入区间</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="77"/>
        <source>e.g. 35</source>
        <translation>例如 35</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="80"/>
        <source>Share of customers (%)</source>
        <translation>客户占比（%）</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="89"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="91"/>
        <source>Remove photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="101"/>
        <source>Needs and behaviour</source>
        <translation>需求与行为</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="104"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="105"/>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="106"/>
        <source>Behaviours</source>
        <translation>行为特征</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="107"/>
        <source>Preferred channels</source>
        <translation>常用渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="108"/>
        <source>Buying triggers</source>
        <translation>购买触发点</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="109"/>
        <source>Quote</source>
        <translation>典型语录</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_detail.py" line="194"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>PersonasEditor</name>
    <message>
        <location filename="../../app/views/persona_editor.py" line="37"/>
        <source>Personas</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_editor.py" line="39"/>
        <source>Value tiers</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_editor.py" line="41"/>
        <source>Journeys</source>
        <translation>客户旅程</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_editor.py" line="56"/>
        <source>Add persona</source>
        <translation>添加用户画像</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_editor.py" line="57"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_editor.py" line="58"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_editor.py" line="59"/>
        <source>Move earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../../app/views/persona_editor.py" line="60"/>
        <source>Move later</source>
        <translation>后移</translation>
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
    <name>PlaybookEditor</name>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="59"/>
        <source>Export one-page playbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="66"/>
        <source>Severity levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="78"/>
        <source>Escalation chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="78"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="80"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="80"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="82"/>
        <source>Holding statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="82"/>
        <source>Add statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="90"/>
        <source>Statement preview (placeholders filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="107"/>
        <location filename="../../app/views/playbook_list.py" line="21"/>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="114"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="115"/>
        <source>Severity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="116"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="117"/>
        <source>Trigger KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="118"/>
        <source>Trigger risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="119"/>
        <source>Spokesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="120"/>
        <source>Product ({product})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="170"/>
        <location filename="../../app/views/playbook_list.py" line="34"/>
        <location filename="../../app/views/playbook_panels.py" line="144"/>
        <source>Edit playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="184"/>
        <source>Export one-page playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="184"/>
        <source>crisis playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="190"/>
        <source>Playbooks not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="192"/>
        <source>Exported {count} playbooks, one page each, to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="195"/>
        <source>Playbooks exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="207"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="210"/>
        <source>Level {level} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="249"/>
        <source>No holding statement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="266"/>
        <source>Not filled in: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_list.py" line="24"/>
        <location filename="../../app/views/playbook_panels.py" line="212"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_list.py" line="37"/>
        <location filename="../../app/views/playbook_list.py" line="57"/>
        <source>Add playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_list.py" line="54"/>
        <source>New playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_list.py" line="71"/>
        <source>Delete playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_list.py" line="84"/>
        <source>Move playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_editor.py" line="113"/>
        <location filename="../../app/views/playbook_panels.py" line="213"/>
        <location filename="../../app/views/playbook_panels.py" line="336"/>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="56"/>
        <location filename="../../app/views/playbook_panels.py" line="180"/>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="57"/>
        <source>Move up</source>
        <translation type="unfinished">上移</translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="58"/>
        <source>Move down</source>
        <translation type="unfinished">下移</translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="194"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="216"/>
        <source>Respond within (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="222"/>
        <source>Updates every (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="224"/>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="225"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="238"/>
        <source>Edit severity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="244"/>
        <source>Add level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="248"/>
        <location filename="../../app/views/playbook_panels.py" line="291"/>
        <source>Add standard levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="251"/>
        <source>Level 1: respond within 1 hour, CEO involved, updates every 24 hours; level 2: 4 hours; level 3: 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="271"/>
        <source>Add severity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="304"/>
        <source>Delete severity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="320"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="324"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="327"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="328"/>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="335"/>
        <source>Role</source>
        <translation type="unfinished">角色</translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="337"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="344"/>
        <source>Title</source>
        <translation type="unfinished">标题</translation>
    </message>
    <message>
        <location filename="../../app/views/playbook_panels.py" line="345"/>
        <source>Statement ({brand}, {date}, {product})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositioningMap</name>
    <message>
        <location filename="../../app/views/competitor_map.py" line="65"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../app/views/competitor_map.py" line="66"/>
        <source>Not on the map (a score is missing): %s</source>
        <translation>未上图（缺少评分）：%s</translation>
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
        <location filename="../../app/views/problems_panel.py" line="72"/>
        <source>Problems (%n)</source>
        <translation>
            <numerusform>问题（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="24"/>
        <source>ServiceTextBudget</source>
        <comment>Budget line &apos;{line}&apos; has no owner.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantModel</name>
    <message>
        <location filename="../../app/views/swot_board_model.py" line="86"/>
        <source>(no text yet)</source>
        <translation>（尚无内容）</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board_model.py" line="91"/>
        <source>No evidence noted.</source>
        <translation>未注明依据。</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board_model.py" line="92"/>
        <source>Weight %s of 5. Evidence: %s</source>
        <translation>权重 %s / 5。依据：%s</translation>
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
    <name>RiskEditor</name>
    <message>
        <location filename="../../app/views/risk_editor.py" line="42"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="45"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="51"/>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="52"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="55"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="60"/>
        <source>Owner</source>
        <translation type="unfinished">负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="61"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="62"/>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="64"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="65"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="82"/>
        <source>Edit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="105"/>
        <source>Show all risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="108"/>
        <source>Score = likelihood × impact. Low 1–4, medium 5–9, high 10–16, critical 20–25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="121"/>
        <location filename="../../app/views/risk_editor.py" line="182"/>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="123"/>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="124"/>
        <source>Move up</source>
        <translation type="unfinished">上移</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="125"/>
        <source>Move down</source>
        <translation type="unfinished">下移</translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="160"/>
        <source>Showing all {count} risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="163"/>
        <source>Showing likelihood {likelihood} × impact {impact}: {count} risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="197"/>
        <source>Delete risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_editor.py" line="210"/>
        <source>Move risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <location filename="../../app/views/risk_heatmap.py" line="29"/>
        <source>Click a cell to show only its risks; click it again to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_heatmap.py" line="96"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/risk_heatmap.py" line="100"/>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsDelegate</name>
    <message>
        <location filename="../../app/views/crisis_table_model.py" line="185"/>
        <source>not set</source>
        <translation type="unfinished">未设置</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <location filename="../../app/views/service_text.py" line="42"/>
        <source>The plan has no title.</source>
        <translation>营销计划没有标题。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="43"/>
        <source>The plan has no owner.</source>
        <translation>营销计划没有负责人。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="44"/>
        <source>The plan period is not set (start and end).</source>
        <translation>尚未设置计划周期（开始和结束日期）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="45"/>
        <source>The plan period date &apos;{value}&apos; is not a real date.</source>
        <translation>计划周期中的日期“{value}”不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="48"/>
        <source>The plan period is longer than three years ({days} days).</source>
        <translation>计划周期超过三年（{days} 天）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="51"/>
        <source>The plan has no objectives.</source>
        <translation>营销计划还没有目标。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="52"/>
        <source>Objective {index} is empty.</source>
        <translation>第 {index} 个目标为空。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="53"/>
        <source>The market context is empty.</source>
        <translation>市场背景为空。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="69"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="70"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="71"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="72"/>
        <source>Market context</source>
        <translation>市场背景</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="73"/>
        <source>Confidentiality label</source>
        <translation>保密标识</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="74"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="75"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="76"/>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="77"/>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="78"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="88"/>
        <source>The period ends on {end}, before it starts on {start}.</source>
        <translation>计划周期的结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="92"/>
        <source>{label}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label}：“{value}”不是日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="94"/>
        <source>{label} must be text.</source>
        <translation>{label}必须是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="97"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}过长（{length} 个字符，最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="101"/>
        <source>{label} must be a three-letter code such as CNY, USD or EUR.</source>
        <translation>{label}必须是三个字母的代码，例如 CNY、USD 或 EUR。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="105"/>
        <source>{label} must be zh (中文) or en (English).</source>
        <translation>{label}必须是 zh（中文）或 en（English）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="109"/>
        <source>{label} must be a colour like #C8102E.</source>
        <translation>{label}必须是颜色值，例如 #C8102E。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="113"/>
        <source>A logo needs both image data and its type.</source>
        <translation>标志需要同时提供图片数据和图片类型。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="117"/>
        <source>That objective no longer exists.</source>
        <translation>该目标已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="119"/>
        <source>Objectives are text.</source>
        <translation>目标必须是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="122"/>
        <source>{name} is too large ({mb} MB); the limit is 10 MB.</source>
        <translation>{name} 过大（{mb} MB），上限为 10 MB。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="124"/>
        <source>{name} does not exist.</source>
        <translation>{name} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="127"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="131"/>
        <source>{name} is a {kind} image; use a PNG or JPEG file.</source>
        <translation>{name} 是 {kind} 图片，请使用 PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="135"/>
        <source>{name} is too large ({size} pixels).</source>
        <translation>{name} 尺寸过大（{size} 像素）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="139"/>
        <source>{name} is not a PNG or JPEG image.</source>
        <translation>{name} 不是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="143"/>
        <source>{name} is damaged and cannot be used as an image ({reason}).</source>
        <translation>{name} 已损坏，无法用作图片（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="160"/>
        <source>{name} is a folder, not a plan file.</source>
        <translation>{name} 是一个文件夹，不是计划文件。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="164"/>
        <source>{name} is empty; it is not a Stratdeck plan.</source>
        <translation>{name} 是空文件，不是 Stratdeck 计划。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="168"/>
        <source>{name} is not a Stratdeck plan (it is not a database file).</source>
        <translation>{name} 不是 Stratdeck 计划（它不是数据库文件）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="172"/>
        <source>{name} is not a Stratdeck plan (it is a database of another program).</source>
        <translation>{name} 不是 Stratdeck 计划（它是其他程序的数据库）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="179"/>
        <source>{name} was made by a newer Stratdeck (plan format {version}; this version reads up to {known}). Please update Stratdeck to open it.</source>
        <translation>{name} 由更新版本的 Stratdeck 创建（计划格式 {version}；当前版本最高支持 {known}）。请更新 Stratdeck 后再打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="188"/>
        <source>{name} contains a {kind} named &apos;{label}&apos;, which Stratdeck plans never have; it was not opened and nothing in it was run.</source>
        <translation>{name} 含有名为“{label}”的 {kind}，Stratdeck 计划中不会有此类对象；文件未被打开，其中的内容也未被执行。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="196"/>
        <source>{name} contains {what}; it was not opened.</source>
        <translation>{name} 含有不应存在的内容（{what}）；文件未被打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="200"/>
        <source>{name} is damaged: the file is cut short (truncated).</source>
        <translation>{name} 已损坏：文件不完整（被截断）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="204"/>
        <source>{name} is damaged: the integrity check failed ({detail}).</source>
        <translation>{name} 已损坏：完整性检查未通过（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="208"/>
        <source>{name} is damaged: {detail}</source>
        <translation>{name} 已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="212"/>
        <source>{name} is already open by {who}. You can open it read-only.</source>
        <translation>{name} 已被 {who} 打开。您可以以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="216"/>
        <source>The folder of {name} cannot be written, so the plan can only be opened read-only.</source>
        <translation>{name} 所在的文件夹不可写入，因此只能以只读方式打开该计划。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="222"/>
        <source>Your last change was not saved: the disk is full. Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：磁盘已满。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="230"/>
        <source>Your last change was not saved: {name} was moved or deleted while open. Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：{name} 在打开期间被移动或删除。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="238"/>
        <source>Your last change was not saved: {name} cannot be written (read-only). Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：{name} 不可写入（只读）。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text.py" line="246"/>
        <source>Your last change was not saved: {reason}. Everything saved before it is safe. Use File › Save As to keep your work in another folder.</source>
        <translation>最近一次修改未能保存：{reason}。此前保存的内容都完好无损。请使用“文件 › 另存为”将工作保存到其他文件夹。</translation>
    </message>
</context>
<context>
    <name>ServiceTextBudget</name>
    <message>
        <location filename="../../app/views/service_text_budget.py" line="16"/>
        <source>no plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTextCalendar</name>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="13"/>
        <source>Campaign &apos;{name}&apos; has no dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="15"/>
        <source>Campaign &apos;{name}&apos; has no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="17"/>
        <source>Campaign &apos;{name}&apos; has no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="19"/>
        <source>Campaign &apos;{name}&apos; ({from} – {to}) runs outside the plan period ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="21"/>
        <source>Phase &apos;{name}&apos; of campaign &apos;{campaign}&apos; ({from} – {to}) is outside the campaign&apos;s dates ({campaign_from} – {campaign_to}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="25"/>
        <source>Phase &apos;{name}&apos; of campaign &apos;{campaign}&apos; ({from} – {to}) runs outside the plan period ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="28"/>
        <source>Milestone &apos;{name}&apos; on {date} is outside the plan period ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="30"/>
        <source>Campaigns &apos;{first}&apos; and &apos;{second}&apos; overlap on channel &apos;{channel}&apos; for {days} days (more than the {limit} allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="42"/>
        <source>That key date no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="44"/>
        <source>Key date &apos;{name}&apos;: the start date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="46"/>
        <source>Key date &apos;{name}&apos;: the start &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="49"/>
        <source>Key date &apos;{name}&apos;: the end &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="52"/>
        <source>Key date &apos;{name}&apos;: the end {end} is before the start {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="55"/>
        <source>Key date &apos;{name}&apos;: the kind must be one of {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="57"/>
        <source>Key date &apos;{name}&apos;: visible must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="59"/>
        <source>A key date&apos;s name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="61"/>
        <source>A key date needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="63"/>
        <source>A key date&apos;s name can have at most {limit} characters (this one has {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="66"/>
        <source>Unknown key date field &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="68"/>
        <source>Set the plan period first: key dates are added for its years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_calendar.py" line="71"/>
        <source>Key dates can be added for {first}–{last}, not for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTextCompetitors</name>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="14"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="15"/>
        <source>Quality</source>
        <translation>品质</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="16"/>
        <source>Innovation</source>
        <translation>创新</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="17"/>
        <source>Reach</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="18"/>
        <source>Custom X</source>
        <translation>自定义横轴</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="19"/>
        <source>Custom Y</source>
        <translation>自定义纵轴</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="33"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="34"/>
        <source>Positioning</source>
        <translation>定位</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="35"/>
        <source>Price level</source>
        <translation>价格带</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="36"/>
        <source>Main channels</source>
        <translation>主要渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="37"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="38"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="39"/>
        <source>Our brand</source>
        <translation>本品牌</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="40"/>
        <source>Market share</source>
        <translation>市场份额</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="41"/>
        <source>Price score</source>
        <translation>价格评分</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="42"/>
        <source>Quality score</source>
        <translation>品质评分</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="43"/>
        <source>Innovation score</source>
        <translation>创新评分</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="44"/>
        <source>Reach score</source>
        <translation>覆盖评分</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="45"/>
        <source>Custom X score</source>
        <translation>自定义横轴评分</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="46"/>
        <source>Custom Y score</source>
        <translation>自定义纵轴评分</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="58"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="78"/>
        <source>Market shares add up to {total} %, more than 100 %.</source>
        <translation>各竞品市场份额合计 {total}%，超过 100%。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="81"/>
        <source>No competitor is marked as our brand, so the map cannot show us.</source>
        <translation>没有竞品被标记为本品牌，定位图无法显示我们的位置。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="84"/>
        <source>{count} competitors are marked as our brand.</source>
        <translation>有 {count} 个竞品被标记为本品牌。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="87"/>
        <source>Competitor {index} has no name.</source>
        <translation>第 {index} 个竞品没有名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="89"/>
        <source>Our brand {name} is not on the map: no {axes} score.</source>
        <translation>本品牌 {name} 未上定位图：缺少{axes}评分。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="92"/>
        <source>{name} is not on the map: no {axes} score.</source>
        <translation>{name} 未上定位图：缺少{axes}评分。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="95"/>
        <source>The map uses the {axis} axis, which has no name.</source>
        <translation>定位图使用了{axis}，但它还没有名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="116"/>
        <source>{label} of {name}: only text can be stored.</source>
        <translation>{name} 的{label}只能是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="122"/>
        <source>{label} of {name}: too long ({length} characters; at most {limit}).</source>
        <translation>{name} 的{label}过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="130"/>
        <source>{label} of {name}: must be yes or no.</source>
        <translation>{name} 的{label}只能是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="136"/>
        <source>{label} of {name}: &apos;{value}&apos; is not a number.</source>
        <translation>{name} 的{label}：“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="142"/>
        <source>{label} of {name}: {value} is outside 0–{high}.</source>
        <translation>{name} 的{label}：{value} 超出 0–{high} 的范围。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="147"/>
        <source>That competitor no longer exists.</source>
        <translation>该竞品已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="151"/>
        <source>The map needs two different axes.</source>
        <translation>定位图需要两个不同的坐标轴。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="153"/>
        <source>Axis names are text.</source>
        <translation>坐标轴名称必须是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_competitors.py" line="156"/>
        <source>An axis name can have at most {limit} characters (this one has {length}).</source>
        <translation>坐标轴名称最多 {limit} 个字符（当前 {length} 个）。</translation>
    </message>
</context>
<context>
    <name>ServiceTextPersonas</name>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="15"/>
        <source>The value tiers&apos; shares of customers add up to {total} %, not 100 %.</source>
        <translation>客户分层的客户占比合计为 {total}%，不是 100%。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="18"/>
        <source>The value tiers&apos; shares of revenue add up to {total} %, not 100 %.</source>
        <translation>客户分层的收入占比合计为 {total}%，不是 100%。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="21"/>
        <source>Value tier {index} has no name.</source>
        <translation>第 {index} 个客户层级没有名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="22"/>
        <source>Two value tiers are named &apos;{name}&apos;.</source>
        <translation>有两个客户层级都叫“{name}”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="25"/>
        <source>Value tier &apos;{name}&apos; has no service level.</source>
        <translation>客户层级“{name}”没有服务标准。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="28"/>
        <source>The personas&apos; shares of customers add up to {total} %, more than 100 %.</source>
        <translation>用户画像的客户占比合计为 {total}%，超过 100%。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="31"/>
        <source>Persona {index} has no name.</source>
        <translation>第 {index} 个用户画像没有名称。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="32"/>
        <source>Persona &apos;{name}&apos; has no customer journey.</source>
        <translation>用户画像“{name}”没有客户旅程。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="35"/>
        <source>The journey of &apos;{name}&apos; leaves {missing} of 6 stages empty.</source>
        <translation>“{name}”的客户旅程 6 个阶段中有 {missing} 个为空。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="45"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="46"/>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="47"/>
        <source>City tier</source>
        <translation>城市级别</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="48"/>
        <source>Income band</source>
        <translation>收入区间</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="49"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="50"/>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="51"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="52"/>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="53"/>
        <source>Behaviours</source>
        <translation>行为特征</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="54"/>
        <source>Preferred channels</source>
        <translation>常用渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="55"/>
        <source>Buying triggers</source>
        <translation>购买触发点</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="56"/>
        <source>Quote</source>
        <translation>典型语录</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="57"/>
        <source>Tier name</source>
        <translation>层级名称</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="58"/>
        <source>Service level</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="59"/>
        <source>Response time</source>
        <translation>响应时效</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="60"/>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="61"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="62"/>
        <source>Tactic</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="63"/>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="64"/>
        <source>Consideration</source>
        <translation>考虑</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="65"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="66"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="67"/>
        <source>Loyalty</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="68"/>
        <source>Advocacy</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="78"/>
        <source>{label} (tier {n})</source>
        <translation>{label}（第 {n} 层）</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="83"/>
        <source>{label} ({stage})</source>
        <translation>{label}（{stage}）</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="95"/>
        <source>{label} must be a number from 0 to 100, not &apos;{value}&apos;.</source>
        <translation>{label}必须是 0 到 100 之间的数字，“{value}”不是。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="99"/>
        <source>{label} must be a number from 0 to 100.</source>
        <translation>{label}必须是 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="103"/>
        <source>Unknown persona field &apos;{field}&apos;.</source>
        <translation>未知的用户画像字段“{field}”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="107"/>
        <source>Unknown value tier field &apos;{field}&apos;.</source>
        <translation>未知的客户层级字段“{field}”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="111"/>
        <source>Unknown journey stage &apos;{stage}&apos;.</source>
        <translation>未知的旅程阶段“{stage}”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="115"/>
        <source>Unknown journey field &apos;{field}&apos;.</source>
        <translation>未知的旅程字段“{field}”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="119"/>
        <source>That persona no longer exists.</source>
        <translation>该用户画像已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="123"/>
        <source>That value tier no longer exists.</source>
        <translation>该客户层级已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="127"/>
        <source>A photo needs PNG or JPEG image data and its type.</source>
        <translation>照片需要 PNG 或 JPEG 图像数据及其类型。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="129"/>
        <source>{label} must be text.</source>
        <translation>{label}必须是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_personas.py" line="132"/>
        <source>{label} is too long ({length} characters; at most {limit}).</source>
        <translation>{label}过长（{length} 个字符；最多 {limit} 个）。</translation>
    </message>
</context>
<context>
    <name>ServiceTextRisks</name>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="17"/>
        <source>Risk &apos;{risk}&apos; has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="18"/>
        <source>Risk &apos;{risk}&apos; scores {score} ({level}) but has no mitigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="21"/>
        <source>The review date of risk &apos;{risk}&apos; ({date}) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="24"/>
        <source>Playbook &apos;{playbook}&apos; has no severity level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="27"/>
        <source>Step {step} of playbook &apos;{playbook}&apos; has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="30"/>
        <source>The first step of playbook &apos;{playbook}&apos; starts at {offset}, later than its level&apos;s response target of {target} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="35"/>
        <source>Step {step} of playbook &apos;{playbook}&apos; is earlier than the step before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="38"/>
        <source>Playbook &apos;{playbook}&apos; has no holding statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="41"/>
        <source>A holding statement of playbook &apos;{playbook}&apos; uses {placeholder}, which is not a placeholder ({{brand}}, {{date}} or {{product}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="46"/>
        <source>A holding statement of playbook &apos;{playbook}&apos; uses {{product}}, but the playbook names no product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="56"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="57"/>
        <source>Risk title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="58"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="59"/>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="60"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="61"/>
        <source>Risk owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="62"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="63"/>
        <source>Contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="64"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="65"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="66"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="67"/>
        <source>Level name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="68"/>
        <source>Response target (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="69"/>
        <source>Update interval (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="70"/>
        <source>Escalate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="71"/>
        <source>Level description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="72"/>
        <source>Playbook name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="73"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="74"/>
        <source>Severity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="75"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="76"/>
        <source>Trigger KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="77"/>
        <source>Trigger risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="78"/>
        <source>Spokesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="79"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="80"/>
        <source>Role</source>
        <translation type="unfinished">角色</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="81"/>
        <source>Name</source>
        <translation type="unfinished">名称</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="82"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="83"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="84"/>
        <source>Step owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="85"/>
        <source>Time offset (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="86"/>
        <source>Statement title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="87"/>
        <source>Statement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="106"/>
        <source>{label}: at most {limit} characters ({length} given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="110"/>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="114"/>
        <source>{label} must be a number above 0 and at most {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="118"/>
        <source>{label} must be a date (YYYY-MM-DD), not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="120"/>
        <source>{label}: text expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="128"/>
        <source>That risk no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="131"/>
        <source>That playbook no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="135"/>
        <source>That severity level no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="139"/>
        <source>That contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="141"/>
        <source>That step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="144"/>
        <source>That statement no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="148"/>
        <source>The chosen severity level no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="152"/>
        <source>The chosen KPI no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="156"/>
        <source>The chosen risk no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="160"/>
        <source>All nine severity levels exist already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="164"/>
        <source>Status must be one of open, monitoring, mitigated, closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="170"/>
        <source>The plan already has severity levels; the standard ones are only added to a plan without any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="180"/>
        <source>Severity level {level} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="189"/>
        <source>Supply chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="190"/>
        <source>Data security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="191"/>
        <source>Reputation / public opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="192"/>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="193"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="194"/>
        <source>Concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="195"/>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="196"/>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="203"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="204"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="205"/>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="206"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="213"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="214"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="215"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="216"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="226"/>
        <source>T+{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="230"/>
        <source>T+{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_risks.py" line="232"/>
        <source>T+{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceTextSwot</name>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="16"/>
        <source>strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="17"/>
        <source>strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="20"/>
        <source>weakness</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="21"/>
        <source>weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="24"/>
        <source>opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="25"/>
        <source>opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="28"/>
        <source>threat</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="29"/>
        <source>threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="49"/>
        <source>The SWOT lists no {quadrants} yet.</source>
        <translation>SWOT 中还没有{quadrants}条目。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="51"/>
        <source>SWOT item {item} has no text.</source>
        <translation>SWOT 条目 {item} 没有内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="52"/>
        <source>SWOT item {item} weighs {weight} but names no evidence.</source>
        <translation>SWOT 条目 {item} 权重为 {weight}，但未注明依据。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="55"/>
        <source>TOWS strategy {strategy} has no text.</source>
        <translation>TOWS 策略 {strategy} 没有内容。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="56"/>
        <source>TOWS strategy {strategy} cites no SWOT item.</source>
        <translation>TOWS 策略 {strategy} 未引用任何 SWOT 条目。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="60"/>
        <source>TOWS strategy {strategy} cites {item}, a {quadrant}, which {kind} strategies do not pair.</source>
        <translation>TOWS 策略 {strategy} 引用了{quadrant}条目 {item}，而 {kind} 策略并不搭配该类条目。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="66"/>
        <source>TOWS strategy {strategy} cites no {quadrant}.</source>
        <translation>TOWS 策略 {strategy} 未引用任何{quadrant}条目。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="74"/>
        <source>The SWOT item text</source>
        <translation>SWOT 条目内容</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="75"/>
        <source>The evidence note</source>
        <translation>依据说明</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="76"/>
        <source>The strategy text</source>
        <translation>策略内容</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="77"/>
        <source>The rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="86"/>
        <source>That SWOT item no longer exists.</source>
        <translation>该 SWOT 条目已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="90"/>
        <source>That TOWS strategy no longer exists.</source>
        <translation>该 TOWS 策略已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="94"/>
        <source>&apos;{value}&apos; is not a SWOT quadrant (S, W, O or T).</source>
        <translation>“{value}”不是 SWOT 象限（S、W、O 或 T）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="98"/>
        <source>&apos;{value}&apos; is not a TOWS kind (SO, ST, WO or WT).</source>
        <translation>“{value}”不是 TOWS 策略类型（SO、ST、WO 或 WT）。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="102"/>
        <source>The weight must be a whole number from 1 to 5.</source>
        <translation>权重必须是 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="106"/>
        <source>The weight must be from 1 to 5, not {value}.</source>
        <translation>权重必须在 1 到 5 之间，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="110"/>
        <source>Unknown SWOT item field &apos;{value}&apos;.</source>
        <translation>未知的 SWOT 条目字段“{value}”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="114"/>
        <source>Unknown TOWS strategy field &apos;{value}&apos;.</source>
        <translation>未知的 TOWS 策略字段“{value}”。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="118"/>
        <source>A strategy cites each SWOT item once.</source>
        <translation>一个策略对每个 SWOT 条目只能引用一次。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="121"/>
        <source>{field} takes text only.</source>
        <translation>{field}只能是文本。</translation>
    </message>
    <message>
        <location filename="../../app/views/service_text_swot.py" line="122"/>
        <source>{field} has {length} characters; the limit is {limit}.</source>
        <translation>{field}有 {length} 个字符，上限为 {limit}。</translation>
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
<context>
    <name>StrategiesModel</name>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="48"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="48"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="48"/>
        <source>Cites</source>
        <translation>引用条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="81"/>
        <source>Cites an item its kind does not pair.</source>
        <translation>引用了与该策略类型不匹配的条目。</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <location filename="../../app/views/swot_board.py" line="30"/>
        <source>Strengths</source>
        <translation>优势 (S)</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board.py" line="31"/>
        <source>Weaknesses</source>
        <translation>劣势 (W)</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board.py" line="32"/>
        <source>Opportunities</source>
        <translation>机会 (O)</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board.py" line="33"/>
        <source>Threats</source>
        <translation>威胁 (T)</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board.py" line="187"/>
        <source>Move SWOT items</source>
        <translation>移动 SWOT 条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board.py" line="195"/>
        <source>Move to %s</source>
        <translation>移至%s</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_board.py" line="215"/>
        <source>Reorder SWOT items</source>
        <translation>调整 SWOT 条目顺序</translation>
    </message>
</context>
<context>
    <name>SwotCommands</name>
    <message>
        <location filename="../../app/views/swot_commands.py" line="22"/>
        <source>Add SWOT item</source>
        <translation>添加 SWOT 条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="39"/>
        <source>Edit SWOT item</source>
        <translation>编辑 SWOT 条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="86"/>
        <source>Delete SWOT item</source>
        <translation>删除 SWOT 条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="87"/>
        <source>Delete %s SWOT items</source>
        <translation>删除 %s 个 SWOT 条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="103"/>
        <source>Add TOWS strategy</source>
        <translation>添加 TOWS 策略</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="121"/>
        <source>Edit TOWS strategy</source>
        <translation>编辑 TOWS 策略</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="147"/>
        <source>Change strategy kind</source>
        <translation>更改策略类型</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="163"/>
        <source>Change citations</source>
        <translation>更改引用条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_commands.py" line="177"/>
        <source>Delete TOWS strategy</source>
        <translation>删除 TOWS 策略</translation>
    </message>
</context>
<context>
    <name>SwotEditor</name>
    <message>
        <location filename="../../app/views/swot_editor.py" line="90"/>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="91"/>
        <source>Add an item to the selected quadrant (Insert)</source>
        <translation>在所选象限中添加条目（Insert）</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="92"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="93"/>
        <source>Delete the selected items (Delete)</source>
        <translation>删除所选条目（Delete）</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="94"/>
        <source>Sort by weight</source>
        <translation>按权重排序</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="95"/>
        <source>Heaviest items first in every quadrant (one undo step)</source>
        <translation>各象限中权重高的条目排在前面（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="96"/>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="99"/>
        <source>Ctrl+Up/Down: reorder. Ctrl+Left/Right: quadrant beside. Ctrl+Shift+Up/Down: quadrant above/below.</source>
        <translation>Ctrl+上/下：调整顺序。Ctrl+左/右：移到左右相邻象限。Ctrl+Shift+上/下：移到上下相邻象限。</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="106"/>
        <source>TOWS strategies</source>
        <translation>TOWS 策略</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="201"/>
        <source>%s TOWS strategies cite the items you are deleting. Their citations of these items will be removed too (Undo brings them back).</source>
        <translation>有 %s 个 TOWS 策略引用了要删除的条目。这些引用也会一并移除（撤销即可恢复）。</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_editor.py" line="215"/>
        <source>Sort SWOT items by weight</source>
        <translation>按权重排序 SWOT 条目</translation>
    </message>
</context>
<context>
    <name>SwotItemForm</name>
    <message>
        <location filename="../../app/views/swot_item_form.py" line="22"/>
        <location filename="../../app/views/swot_item_form.py" line="98"/>
        <source>Selected item</source>
        <translation>所选条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_item_form.py" line="35"/>
        <location filename="../../app/views/swot_item_form.py" line="103"/>
        <source>Source, figure or study behind this item</source>
        <translation>此条目的来源、数据或研究</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_item_form.py" line="42"/>
        <location filename="../../app/views/swot_item_form.py" line="99"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_item_form.py" line="42"/>
        <location filename="../../app/views/swot_item_form.py" line="100"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_item_form.py" line="43"/>
        <location filename="../../app/views/swot_item_form.py" line="101"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_item_form.py" line="43"/>
        <location filename="../../app/views/swot_item_form.py" line="102"/>
        <source>Cited by</source>
        <translation>被引用于</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_item_form.py" line="80"/>
        <source>No TOWS strategy cites this item.</source>
        <translation>尚无 TOWS 策略引用此条目。</translation>
    </message>
</context>
<context>
    <name>SwotTows</name>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="21"/>
        <source>SO: use strengths to seize opportunities</source>
        <translation>SO：发挥优势，抓住机会</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="22"/>
        <source>ST: use strengths to counter threats</source>
        <translation>ST：发挥优势，应对威胁</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="23"/>
        <source>WO: fix weaknesses by taking opportunities</source>
        <translation>WO：借助机会，弥补劣势</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_model.py" line="24"/>
        <source>WT: limit weaknesses and avoid threats</source>
        <translation>WT：减少劣势，规避威胁</translation>
    </message>
</context>
<context>
    <name>TierCommands</name>
    <message>
        <location filename="../../app/views/tier_commands.py" line="16"/>
        <source>Add value tier</source>
        <translation>添加客户层级</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_commands.py" line="33"/>
        <source>Add the standard four tiers</source>
        <translation>添加标准四层</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_commands.py" line="49"/>
        <source>Delete value tier</source>
        <translation>删除客户层级</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_commands.py" line="64"/>
        <source>Move value tier</source>
        <translation>移动客户层级</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_commands.py" line="78"/>
        <source>Edit value tier</source>
        <translation>编辑客户层级</translation>
    </message>
</context>
<context>
    <name>TierModel</name>
    <message>
        <location filename="../../app/views/tier_panel.py" line="44"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="45"/>
        <source>Customers %</source>
        <translation>客户占比 %</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="46"/>
        <source>Revenue %</source>
        <translation>收入占比 %</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="47"/>
        <source>Service level</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="48"/>
        <source>Response time</source>
        <translation>响应时效</translation>
    </message>
</context>
<context>
    <name>TierPanel</name>
    <message>
        <location filename="../../app/views/tier_panel.py" line="138"/>
        <source>Add the standard four tiers</source>
        <translation>添加标准四层</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="139"/>
        <source>Add tier</source>
        <translation>添加层级</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="140"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="141"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="142"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="221"/>
        <source>Customers total: %s %%</source>
        <translation>客户占比合计：%s%%</translation>
    </message>
    <message>
        <location filename="../../app/views/tier_panel.py" line="226"/>
        <source>Revenue total: %s %%</source>
        <translation>收入占比合计：%s%%</translation>
    </message>
</context>
<context>
    <name>TowsPanel</name>
    <message>
        <location filename="../../app/views/swot_tows_panel.py" line="55"/>
        <location filename="../../app/views/swot_tows_panel.py" line="175"/>
        <source>Add strategy</source>
        <translation>添加策略</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_panel.py" line="56"/>
        <location filename="../../app/views/swot_tows_panel.py" line="176"/>
        <source>Delete strategy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_panel.py" line="65"/>
        <location filename="../../app/views/swot_tows_panel.py" line="177"/>
        <source>Cited SWOT items</source>
        <translation>引用的 SWOT 条目</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_panel.py" line="143"/>
        <source>Select a strategy to choose the SWOT items it pairs.</source>
        <translation>选择一个策略，即可勾选它所搭配的 SWOT 条目。</translation>
    </message>
    <message>
        <location filename="../../app/views/swot_tows_panel.py" line="148"/>
        <source>Tick the items %s pairs; the board highlights them.</source>
        <translation>勾选 %s 所搭配的条目；看板上会高亮显示。</translation>
    </message>
</context>
</TS>
