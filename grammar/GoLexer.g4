// GoLexer.g4 - the tokens of the MiniGo subset of Go, written from the Go specification
// (https://go.dev/ref/spec#Lexical_elements).
//
// Two things differ from a textbook lexer, both so that MiniGo reports exactly what Go does:
//  * Literal rules are lenient: they match the same stretch of text that Go's own scanner
//    (cmd/compile/internal/syntax/scanner.go) consumes, including malformed literals such as
//    `0x` or `'ab'`. LiteralChecker.cs then reports Go's message for a malformed one.
//  * Newlines are tokens on the hidden channel. Go's automatic semicolon insertion is done
//    by SemicolonInserter.cs, which reads them (see the spec's "Semicolons" section).
lexer grammar GoLexer;

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

// As Go's scanner (syntax/scanner.go, ident and atIdentChar): an identifier takes every
// non-ASCII character; IdentChecker then reports those that are not letters, and a digit
// first, with Go's messages. (Spelling Unicode's letters out here, as [\p{L}], cost every run
// a third of a 20-line compile: ANTLR rebuilds that set of ~650 ranges at start-up, in
// quadratic time.)
IDENT : (LETTER | NON_ASCII) (LETTER | DEC_DIGIT_START | NON_ASCII)*;

// Punctuation
L_PAREN     : '(';
R_PAREN     : ')';
L_CURLY     : '{';
R_CURLY     : '}';
L_BRACKET   : '[';
R_BRACKET   : ']';
ASSIGN      : '=';
COMMA       : ',';
SEMI        : ';';
COLON       : ':';
DOT         : '.';
PLUS_PLUS   : '++';
MINUS_MINUS : '--';
DECLARE     : ':=';
ELLIPSIS    : '...';

// Operators
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_EQ     : '<=';
GREATER     : '>';
GREATER_EQ  : '>=';
OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';
EXCLAMATION : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
RECEIVE     : '<-';
TILDE       : '~';

// Assignment operators
PLUS_ASSIGN      : '+=';
MINUS_ASSIGN     : '-=';
OR_ASSIGN        : '|=';
XOR_ASSIGN       : '^=';
MUL_ASSIGN       : '*=';
DIV_ASSIGN       : '/=';
MOD_ASSIGN       : '%=';
LSHIFT_ASSIGN    : '<<=';
RSHIFT_ASSIGN    : '>>=';
AND_ASSIGN       : '&=';
BIT_CLEAR_ASSIGN : '&^=';

// Numbers: one rule for every int, float and imaginary literal, as lenient as Go's scanner.
NUMBER
    : '0' [xX] HEX_DIGIT* ('.' HEX_DIGIT*)? ([pPeE] [+-]? DEC_DIGIT*)? 'i'?
    | '0' [oObB] DEC_DIGIT* ('.' DEC_DIGIT*)? ([pPeE] [+-]? DEC_DIGIT*)? 'i'?
    | DEC_DIGIT_START DEC_DIGIT* ('.' DEC_DIGIT*)? ([eEpP] [+-]? DEC_DIGIT*)? 'i'?
    | '.' [0-9] DEC_DIGIT* ([eEpP] [+-]? DEC_DIGIT*)? 'i'?
    ;

// A rune literal, possibly malformed ('ab', '', unterminated).
RUNE_LIT : '\'' (~['\\\n] | '\\' ~[\n])* '\\'? '\''?;

// An interpreted string, possibly unterminated ("newline in string").
STRING_LIT : '"' (~["\\\n] | '\\' ~[\n])* '\\'? '"'?;

// A raw string, possibly unterminated.
RAW_STRING_LIT : '`' ~'`'* '`'?;

// Trivia. Newlines and block comments stay visible to SemicolonInserter on the hidden
// channel (a newline, or a comment spanning lines, can end a statement); it drops them, so
// that the parser's token buffer holds only real tokens. Spaces and line comments (always
// followed by a newline or the end of the file) are skipped here.
WS            : [ \t\r\u000C]+ -> skip;
NEWLINE       : '\n' -> channel(HIDDEN);
LINE_COMMENT  : '//' ~[\n]* -> skip;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN);

// Anything else is an invalid character; the parser layer reports it as Go does.
INVALID_CHAR : .;

fragment LETTER          : [a-zA-Z_];
// Every non-ASCII character but the byte order mark (reported wherever it is by SyntaxTree).
fragment NON_ASCII       : [\u0080-\uFEFE\uFF00-\u{10FFFF}];
fragment DEC_DIGIT_START : [0-9];
fragment DEC_DIGIT       : [0-9_];
fragment HEX_DIGIT       : [0-9a-fA-F_];
