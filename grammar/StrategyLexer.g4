// The lexer of the strategy language. A line's first token decides how the rest of the line is read:
// keyword lines switch to TEXT (free text), VALUE (figures and dates) or a small mode of their own.
// Full-width and half-width forms are both accepted here; the model builder normalises them with NFKC.
lexer grammar StrategyLexer;

// ---------------------------------------------------------------- line starts
// A line end takes the blank and comment-only lines after it, so that the parser sees one NL between lines.
NL          : NEWLINES ;
WS          : [ \t\u3000]+ -> skip ;
COMMENT     : COMMENT_START ~[\r\n]* -> skip ;

K_TITLE        : ('戦略名' | 'title') HEAD_COLON -> pushMode(TEXT) ;
K_MUNICIPALITY : ('自治体' | 'municipality') HEAD_COLON -> pushMode(TEXT) ;
K_PERIOD       : ('計画期間' | 'period') HEAD_COLON -> pushMode(VALUE) ;
K_STATUS       : ('状態' | 'status') HEAD_COLON -> pushMode(TEXT) ;
K_VISION       : ('目指す姿' (OPEN_PAREN '地域ビジョン' CLOSE_PAREN)? | 'vision') HEAD_COLON -> pushMode(TEXT) ;
K_PREDECESSOR  : ('前期戦略' | 'previous-strategy') HEAD_COLON -> pushMode(TEXT) ;
K_EVALUATION   : ('評価方式' | 'evaluation') HEAD_COLON -> pushMode(TEXT) ;
K_YEAR_KIND    : ('年次の扱い' | 'year-kind') HEAD_COLON -> pushMode(TEXT) ;
K_PRIORITIES   : ('重点戦略' | 'priorities') HEAD_COLON? ;
K_FERTILITY    : ('合計特殊出生率' | 'fertility') HEAD_COLON -> pushMode(VALUE) ;
K_MIGRATION    : ('人口移動率' | 'migration') HEAD_COLON -> pushMode(VALUE) ;
K_POPULATION   : ('人口の将来目標' | 'population') HEAD_COLON -> pushMode(VALUE) ;
K_IMPACT       : ('自然増減・社会増減の影響度' | 'impact') HEAD_COLON -> pushMode(VALUE) ;
K_TARGETS      : ('数値目標' | 'targets') HEAD_COLON? ;
K_OVERALL      : ('全体目標指標' | '総合目標' | '戦略全体の数値目標' | 'overall-targets') HEAD_COLON? ;
// A measure's KPIs (重要業績評価指標), headed as cities write it: KPI：, 重要業績評価指標（KPI）：, 【KPI】.
K_MEASURE_KPIS : ( ('KPI' | 'ＫＰＩ' | '重要業績評価指標' (OPEN_PAREN ('KPI' | 'ＫＰＩ') CLOSE_PAREN)? | 'kpis') HEAD_COLON
                 | [【[] WS_CHAR* ('KPI' | 'ＫＰＩ') WS_CHAR* [】\]] HEAD_COLON? ) ;
K_DIRECTION    : ('改善方向' | 'direction') HEAD_COLON -> pushMode(TEXT) ;
K_ACTUALS      : ('実績' | 'actuals') HEAD_COLON -> pushMode(VALUE) ;
K_DEFINITION   : ('定義' | 'definition') HEAD_COLON -> pushMode(TEXT) ;
K_KPI_ID       : ('指標ID' | 'id') HEAD_COLON -> pushMode(TEXT) ;
K_CONTINUES    : ('前期指標' | 'previous') HEAD_COLON ('継続' | 'continues') WS_CHAR* -> pushMode(NAME_REST) ;
K_REPLACES     : ('前期指標' | 'previous') HEAD_COLON ('置換' | 'replaces') HEAD_COLON -> pushMode(NAME_REST) ;
K_DROPPED      : ('廃止指標' | 'dropped') HEAD_COLON -> pushMode(NAME_THEN_TEXT) ;
K_SUPPRESS     : ('抑制' | 'suppress') HEAD_COLON -> pushMode(RULE_ID) ;

GOAL_HEAD      : ( [【[] WS_CHAR* ('基本目標' | 'goal') WS_CHAR* DIGITS WS_CHAR* [】\]]
                 | 'goal' WS_CHAR+ DIGITS WS_CHAR* COLON_CHAR ) -> pushMode(TEXT) ;
// Measures numbered as cities write them: ①, (1), （１）, 1., 1); sub-measures ア, (ア), a or (a) (a letter and a
// space: no keyword is a single letter). No other line starts with a digit or a parenthesis, so these marks cannot
// take another construct's line. A ① under a measure numbered (1) is its sub-measure: the model builder says so.
MEASURE_HEAD   : ( CIRCLED | 'measure' WS_CHAR+ DIGITS WS_CHAR* COLON_CHAR
                 | OPEN_PAREN WS_CHAR* DIGITS WS_CHAR* CLOSE_PAREN | DIGITS ([.．] | CLOSE_PAREN) ) -> pushMode(TEXT) ;
SUB_HEAD       : ( KANA_MARK | OPEN_PAREN WS_CHAR* (KANA_MARK | [a-z]) WS_CHAR* CLOSE_PAREN | [a-z] WS_CHAR+
                 | 'sub' WS_CHAR+ [a-z] WS_CHAR* COLON_CHAR ) -> pushMode(TEXT) ;
BULLET         : ('・' | '-' | '･') -> pushMode(NAME_THEN_VALUE) ;

ERROR_CHAR     : . ;

// ---------------------------------------------------------------- fragments
fragment LINE_END   : '\r'? '\n' | '\r' ;
fragment NEWLINES   : LINE_END ([ \t\u3000]* (COMMENT_START ~[\r\n]*)? LINE_END)* ;
fragment COMMENT_START : '#' | '＃' | '//' ;
fragment WS_CHAR    : [ \t\u3000] ;
fragment COLON_CHAR : [:：] ;
fragment HEAD_COLON : WS_CHAR* COLON_CHAR WS_CHAR* ;
fragment OPEN_PAREN : [(（] ;
fragment CLOSE_PAREN: [)）] ;
fragment DIGIT      : [0-9０-９] ;
fragment DIGITS     : DIGIT+ ;
fragment CIRCLED    : [\u2460-\u2473\u3251-\u325F\u32B1-\u32BF] ;
fragment ERA_PREFIX : [A-ZＡ-Ｚ] | 'FY' | 'ＦＹ' | '令和' | '平成' | '昭和' | '大正' | '明治' ;
fragment AS_OF_WORD : '時点' | '現在' ;
fragment KANA_MARK  : [アイウエオカキクケコサシスセソタチツテトナニヌネノ] ;

// ---------------------------------------------------------------- free text to the end of the line
mode TEXT;
TEXT_NL        : NEWLINES -> type(NL), popMode ;
RELISTED_OPEN  : OPEN_PAREN WS_CHAR* ('再掲' | 'relisted') WS_CHAR* COLON_CHAR? -> pushMode(RELIST) ;
TEXT_PAREN     : OPEN_PAREN ;
TEXT_RUN       : ~[\r\n(（]+ ;

mode RELIST;
RELIST_GOAL    : ('基本目標' | 'goal') WS_CHAR* DIGITS ;
RELIST_MEASURE : CIRCLED | 'measure' WS_CHAR* DIGITS ;
RELIST_SUB     : KANA_MARK | 'sub' WS_CHAR* [a-z] ;
RELIST_WS      : [ \t\u3000・\-]+ -> skip ;
RELIST_CLOSE   : CLOSE_PAREN -> popMode ;
RELIST_NL      : NEWLINES -> type(NL), popMode, popMode ;
RELIST_ERROR   : . -> type(ERROR_CHAR) ;

// ---------------------------------------------------------------- a KPI name, then figures
mode NAME_THEN_VALUE;
KPI_NAME       : ~[:：\r\n]+ ;
KPI_COLON      : COLON_CHAR -> mode(VALUE) ;
KPI_NAME_NL    : NEWLINES -> type(NL), popMode ;

// ---------------------------------------------------------------- a KPI name, then free text
mode NAME_THEN_TEXT;
DROPPED_NAME   : ~[:：\r\n]+ ;
DROPPED_COLON  : COLON_CHAR -> type(KPI_COLON), mode(TEXT) ;
DROPPED_NL     : NEWLINES -> type(NL), popMode ;

// ---------------------------------------------------------------- a KPI name to the end of the line
mode NAME_REST;
LINKED_NAME    : ~[\r\n]+ ;
LINKED_NL      : NEWLINES -> type(NL), popMode ;

// ---------------------------------------------------------------- a rule id, then the reason
mode RULE_ID;
RULE_NAME      : [a-z] [a-z0-9-]* ;
// The one subject a suppression is for, between the rule and its reason: （従業員数）, (Employees).
RULE_SUBJECT   : [（(] ~[）)\r\n]+ [）)] ;
RULE_COLON     : HEAD_COLON -> mode(TEXT) ;
RULE_WS        : WS_CHAR+ -> skip ;
RULE_NL        : NEWLINES -> type(NL), popMode ;
RULE_ERROR     : . -> type(ERROR_CHAR) ;

// ---------------------------------------------------------------- figures and dates
mode VALUE;
VALUE_NL       : NEWLINES -> type(NL), popMode ;
VALUE_WS       : WS_CHAR+ -> skip ;
VALUE_COMMENT  : ('#' | '＃') ~[\r\n]* -> skip ;
BASELINE       : '現状値' | '基準値' | 'baseline' ;
TARGET         : '目標値' | 'target' ;
// An era letter or name directly before a year number: R6, H30, 令和12, 令和元, FY2024. Whether the era exists is
// checked by the model builder, so that an unknown era gets a clear message instead of a syntax error.
ERA_YEAR       : ERA_PREFIX WS_CHAR* (DIGITS | '元') ;
// A month or a day after a year, as statistics date their figures: R6年4月1日時点, 2024年9月末時点, R6年4月時点.
DATE_TAIL      : '年' WS_CHAR* DIGITS WS_CHAR* '月' (WS_CHAR* (DIGITS WS_CHAR* '日' | '末'))? (WS_CHAR* AS_OF_WORD)? ;
// A day written with dots or dashes: R7.3.31, 2025.3.31, 2025-03-31; longer than the number 2025.3 it starts with.
DOTTED_DATE    : ( (ERA_PREFIX WS_CHAR*)? (DIGITS | '元') [.．] DIGITS [.．] DIGITS
                 | DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ) (WS_CHAR* AS_OF_WORD)? ;
// A total or an average over the plan period, resolved against it: (5年間累計), (計画期間累計), (期間中累計).
YEARS_SPAN     : '年間' ;
PLAN_SPAN      : ('計画期間' '中'? | '期間中' | 'plan' WS_CHAR* 'period') (WS_CHAR* ('累計' | '平均' | 'total' | 'average'))? ;
AS_OF          : AS_OF_WORD ;
UNTIL          : 'まで' ;
UNTIL_EXTENDED : 'まで' WS_CHAR* '延長' ;
EXTENDED       : '延長' ;
EXTENDED_TO    : 'extended' WS_CHAR+ 'to' ;
NUMBER         : DIGITS ([,，] DIGIT DIGIT DIGIT)* ([.．] DIGITS)? ;
MULTIPLIER     : [千万億兆] ;
FISCAL_YEAR_END: '年度末' | 'FY-end' ;
FISCAL_YEAR    : '年度' ;
YEAR_END       : '年末' | 'year-end' ;
YEAR           : '年' ;
CUMULATIVE     : '累計' | 'total' ;
AVERAGE        : '平均' | 'average' ;
AT_LEAST       : '以上' | 'or more' ;
AT_MOST        : '以下' | 'or less' ;
INCREASE       : '増' | '増加' | 'increase' ;
DECREASE       : '減' | '減少' | 'decrease' ;
// A change in points of the baseline's own unit, as one word since ポイント増 would otherwise read as a unit: 5ポイント増.
POINTS_CHANGE  : ('ポイント' | 'pt') WS_CHAR* ('増加' | '増' | '減少' | '減') ;
// A baseline the city says does not exist: －(R6年度), ―, 新規, なし (a plain - is MINUS, read as the same).
// 現状値新規 is one token: as WORD it would be taken for a unit. With a space (現状値 新規) it is BASELINE and then
// NO_BASELINE, so that a series label starting with 新規 (現状値 新規就農者10人) stays a word. A label run into its
// 新規 (男性新規) or its 約 (国内約20万人) is split by dev.planlint.parser.PlanLexer.
NO_BASELINE    : ('現状値' | '基準値')? ('新規' | 'なし' | '無し' | '―' | '—') | 'none' | 'new' ;
// The baseline kept as the target: 現状維持 (現状値以上 is BASELINE then AT_LEAST).
KEEP           : '現状維持' | 'keep' ;
// An approximate figure: 約20万人 (20万人程度 is read from its unit by the model builder).
ABOUT          : '約' | 'およそ' | 'about' ;
// A line of 実績 written as changes against the level before each: 実績：増減：+557人(R6年度).
CHANGE_MARK    : ('増減' | 'change') WS_CHAR* [:：] ;
AT             : 'に' | 'in' ;
ARROW          : '→' | '⇒' | '->' | '=>' ;
TILDE          : [～〜~] ;
LPAREN         : OPEN_PAREN ;
RPAREN         : CLOSE_PAREN ;
LIST_SEP       : [、，,] ;
SLASH          : [/／] ;
DOT            : '・' | '･' ;
PERCENT        : [%％] ;
PLUS           : [+＋] ;
MINUS          : [\-－−] ;
WORD           : ~[0-9０-９ \t\u3000\r\n()（）～〜~→⇒、,，/／:：・･%％+＋\-－−千万億兆年に以#＃]+ ;
VALUE_ERROR    : . -> type(ERROR_CHAR) ;
