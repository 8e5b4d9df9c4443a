// The parser of the strategy language. One rule per construct; the model builder has one method per rule.
parser grammar StrategyParser;

options { tokenVocab = StrategyLexer; }

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
population   : K_POPULATION visionTarget ((SLASH | LIST_SEP)? visionTarget)* NL? ;
visionTarget : timeSpec AT? quantity ;
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

baseline     : BASELINE? (quantity | seriesFigures) LPAREN timeSpec RPAREN ;
target       : TARGET? (quantity bound? | seriesFigures) LPAREN timeSpec RPAREN ;
// One KPI with several series, each figure after its label: 男性79.0歳、女性83.2歳(R4年).
seriesFigures : seriesFigure (LIST_SEP seriesFigure)* ;
seriesFigure : seriesLabel quantity bound? ;
seriesLabel  : NUMBER? WORD ;
bound        : AT_LEAST | AT_MOST ;

kpiAttribute : direction | actuals | definition | kpiId | continues | replaces | suppression ;
direction    : K_DIRECTION text NL? ;
actuals      : K_ACTUALS actual (LIST_SEP? actual)* NL? ;
actual       : (quantity | seriesFigures) LPAREN timeSpec RPAREN ;
definition   : K_DEFINITION text NL? ;
kpiId        : K_KPI_ID text NL? ;
continues    : K_CONTINUES LINKED_NAME? NL? ;
replaces     : K_REPLACES LINKED_NAME NL? ;
dropped      : K_DROPPED DROPPED_NAME KPI_COLON text NL? ;
suppression  : K_SUPPRESS RULE_NAME RULE_COLON text NL? ;

// A measure's KPIs come before its sub-measures; KPIs after a sub-measure are the sub-measure's.
measure      : MEASURE_HEAD text NL? measureKpis* subMeasure* ;
subMeasure   : SUB_HEAD text relisted? NL? measureKpis* ;
measureKpis  : K_MEASURE_KPIS NL? kpi+ ;
relisted     : RELISTED_OPEN RELIST_GOAL? RELIST_MEASURE? RELIST_SUB? RELIST_CLOSE text? ;

text         : (TEXT_RUN | TEXT_PAREN)+ ;

// ---------------------------------------------------------------- figures
quantity     : sign? amount unit? ;
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
