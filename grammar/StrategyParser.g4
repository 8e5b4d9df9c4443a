// The parser of the strategy language. One rule per construct; the model builder has one method per rule.
parser grammar StrategyParser;

options { tokenVocab = StrategyLexer; contextSuperClass = CompactContext; }

strategy
    : NL? preamble* goal* EOF
    ;

// One actual value on its own, as read from an --actuals CSV row: 実績：700人(R2年度)
standaloneActual
    : K_ACTUALS actual NL? EOF
    ;

preamble
    : title | municipality | period | status | vision | predecessor | evaluation | yearKindRule
    | priorities | fertility | migration | population | impact | overall
    ;

title        : K_TITLE text NL? ;
municipality : K_MUNICIPALITY text NL? ;
period       : K_PERIOD timeSpec periodExtension? NL? ;
// （令和2年度まで1年延長）, （1年延長）, (extended to FY2020)
periodExtension
    : LPAREN (timeSpec UNTIL)? (NUMBER (YEAR | YEARS_SPAN))? EXTENDED RPAREN
    | LPAREN timeSpec UNTIL_EXTENDED RPAREN
    | LPAREN EXTENDED_TO timeSpec RPAREN
    ;
yearKindRule : K_YEAR_KIND text NL? ;
status       : K_STATUS text NL? ;
vision       : K_VISION text NL? ;
predecessor  : K_PREDECESSOR text NL? ;
evaluation   : K_EVALUATION text NL? ;

priorities   : K_PRIORITIES NL? priority+ ;
priority     : MEASURE_HEAD text NL? ;

fertility    : K_FERTILITY visionTarget (LIST_SEP? visionTarget)* NL? ;
// The population targets, then the actual population values that judge the path towards them (実績：16万5千人(R2年)).
population   : K_POPULATION visionTarget ((SLASH | LIST_SEP)? visionTarget)* NL? actuals* ;
// A label between the year and the figure names what is counted: 令和22(2040)年の総人口13万人, 2040年に総人口13万人.
visionTarget : timeSpec AT? visionLabel? quantity ;
visionLabel  : WORD ;
migration    : K_MIGRATION timeSpec AT? migrationChange (DOT? migrationChange)* NL? ;
migrationChange : label quantity (INCREASE | DECREASE) ;
label        : labelPart+ ;
labelPart    : WORD | NUMBER | TILDE | YEAR | MULTIPLIER | SLASH ;
impact       : K_IMPACT impactLevel ((SLASH | LIST_SEP)? impactLevel)* NL? ;
impactLevel  : WORD NUMBER ;

// A goal's suppressions come right after its heading, so that one below a target is the target's.
goal
    : GOAL_HEAD text NL? suppression* goalPart*
    ;

goalPart     : targets | measure | dropped ;

targets      : K_TARGETS NL? kpi+ ;
// The strategy's overall targets, above the goals (全体目標指標).
overall      : K_OVERALL NL? kpi+ ;

kpi
    : BULLET KPI_NAME KPI_COLON baseline ARROW target NL? kpiAttribute*
    ;

baseline     : BASELINE? ((quantity | seriesFigures) LPAREN timeSpec RPAREN | noBaseline (LPAREN timeSpec RPAREN)?) ;
noBaseline   : NO_BASELINE | MINUS ;
target       : TARGET? (targetFigure bound? | seriesFigures) LPAREN timeSpec RPAREN ;
// A level (15社), a change against the baseline (4.0%減少, 5ポイント増, 1.2倍), the baseline (現状値以上, 現状維持) or a
// direction (増加, 減少).
targetFigure : quantity change? | BASELINE | KEEP | INCREASE | DECREASE ;
change       : INCREASE | DECREASE | POINTS_CHANGE ;
// One KPI with several series, each figure after its label: 男性79.0歳、女性83.2歳(R4年). A series' figure is
// written as a single KPI's (男性4.0%減少, 男性 新規); the model builder says where a kind does not fit the place.
seriesFigures : seriesFigure (LIST_SEP seriesFigure)* ;
seriesFigure : seriesLabel (targetFigure bound? | noBaseline) ;
seriesLabel  : NUMBER? WORD ;
bound        : AT_LEAST | AT_MOST ;

kpiAttribute : direction | actuals | definition | kpiId | continues | replaces | suppression ;
direction    : K_DIRECTION text NL? ;
actuals      : K_ACTUALS CHANGE_MARK? actual (LIST_SEP? actual)* NL? ;
actual       : (quantity | seriesFigures) LPAREN timeSpec RPAREN ;
definition   : K_DEFINITION text NL? ;
kpiId        : K_KPI_ID text NL? ;
continues    : K_CONTINUES LINKED_NAME? NL? ;
replaces     : K_REPLACES LINKED_NAME NL? ;
dropped      : K_DROPPED DROPPED_NAME KPI_COLON text NL? ;
suppression  : K_SUPPRESS RULE_NAME RULE_SUBJECT? RULE_COLON text NL? ;

// A measure's KPIs come before its sub-measures; KPIs after a sub-measure are the sub-measure's.
measure      : MEASURE_HEAD text NL? measureKpis* subMeasure* ;
subMeasure   : SUB_HEAD text relisted? NL? measureKpis* ;
measureKpis  : K_MEASURE_KPIS NL? kpi+ ;
relisted     : RELISTED_OPEN RELIST_GOAL? RELIST_MEASURE? RELIST_SUB? RELIST_CLOSE text? ;

text         : (TEXT_RUN | TEXT_PAREN)+ ;

// ---------------------------------------------------------------- figures
quantity     : ABOUT? sign? amount unit? ;
sign         : PLUS | MINUS ;
amount       : NUMBER (MULTIPLIER NUMBER?)* ;
unit         : unitWord (SLASH unitWord)* ;
unitWord     : WORD | PERCENT | YEAR ;

// ---------------------------------------------------------------- dates
timeSpec
    : calendarDate
    | planSpan
    | yearRef yearKind? (TILDE yearRef yearKind?)? aggregate? AS_OF?
    ;
calendarDate : yearRef DATE_TAIL | DOTTED_DATE ;
planSpan     : NUMBER YEARS_SPAN aggregate? | PLAN_SPAN ;
yearRef      : ERA_YEAR pairedYear? | NUMBER ;
pairedYear   : LPAREN NUMBER RPAREN ;
yearKind     : YEAR | FISCAL_YEAR | YEAR_END | FISCAL_YEAR_END ;
aggregate    : CUMULATIVE | AVERAGE ;
