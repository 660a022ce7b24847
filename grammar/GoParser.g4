// GoParser.g4 - the syntax of the MiniGo subset of Go, written from the Go specification
// (https://go.dev/ref/spec). Semicolons are real tokens here: SemicolonInserter.cs inserts
// them where Go's automatic semicolon rule does (their text is "newline" or "EOF").
//
// Like Go's own parser (cmd/compile/internal/syntax/parser.go), the grammar is slightly
// more permissive than the subset: it also recognises generics, select, goto, labels and
// embedded fields, so that AstBuilder.cs can reject them with one clear error at their
// position instead of a confusing syntax error.
//
// Types are expressions, as in Go's parser: `[]byte(s)`, `make(map[string]int)`, `(*T).M`.
//
// The "...NoLit" rules: in the header of `if`, `for` and `switch`, a composite literal
// whose type is a bare name (`T{}`) is not allowed, because `{` opens the statement's body
// (the spec's "parsing ambiguity" note). Go tracks this with a nesting counter; here the
// header uses copies of the expression rules without that alternative. Inside (), [] and
// {} the normal rules apply again, exactly as in Go.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

// ---- Source file ---------------------------------------------------------------------

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENT ;

importDecl : IMPORT (importSpec | L_PAREN importSpec? (SEMI importSpec?)* R_PAREN) ;
importSpec : (IDENT | DOT)? stringLit ;

topLevelDecl : declaration | functionDecl | methodDecl ;

declaration : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | L_PAREN constSpec? (SEMI constSpec?)* R_PAREN) ;
constSpec : identifierList type_? (ASSIGN expressionList)? ;

typeDecl : TYPE (typeSpec | L_PAREN typeSpec? (SEMI typeSpec?)* R_PAREN) ;
typeSpec : IDENT typeParameters? ASSIGN? type_ ;

varDecl : VAR (varSpec | L_PAREN varSpec? (SEMI varSpec?)* R_PAREN) ;
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

functionDecl : FUNC IDENT typeParameters? signature block? ;
methodDecl   : FUNC parameters IDENT signature block? ;

// Recognised only to be rejected: `[T any]`, `[K comparable, V any]`.
typeParameters : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET ;
typeParamDecl  : identifierList typeConstraint ;
typeConstraint : TILDE? type_ (OR TILDE? type_)* ;

identifierList : IDENT (COMMA IDENT)* ;
expressionList : expression (COMMA expression)* ;

// ---- Types ---------------------------------------------------------------------------

type_
    : typeName typeArgs?
    | typeLit
    | L_PAREN type_ R_PAREN
    ;

typeName : IDENT (DOT IDENT)? ;

// Recognised only to be rejected: `List[int]`.
typeArgs : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET ;

typeLit
    : arrayType
    | sliceType
    | mapType
    | channelType
    | pointerType
    | functionType
    | structType
    | interfaceType
    ;

arrayType    : L_BRACKET expression R_BRACKET type_ ;
sliceType    : L_BRACKET R_BRACKET type_ ;
mapType      : MAP L_BRACKET type_ R_BRACKET type_ ;
channelType  : (CHAN | CHAN RECEIVE | RECEIVE CHAN) type_ ;
pointerType  : STAR type_ ;
functionType : FUNC signature ;

structType : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY ;
fieldDecl  : (identifierList type_ | embeddedField) tag=stringLit? ;
embeddedField : STAR? typeName ;

interfaceType : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY ;
interfaceElem : IDENT signature | typeConstraint ;

signature  : parameters result? ;
result     : parameters | type_ ;
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN ;
// `a, b int` arrives as two declarations, `a` and `b int`; AstBuilder groups them as Go does.
parameterDecl : IDENT? ELLIPSIS? type_ ;

// ---- Statements ----------------------------------------------------------------------

block : L_CURLY statementList R_CURLY ;

// Statements separated by semicolons; the choice after each statement is one token, so an
// error inside a statement is found inside it (and worded as Go words it).
statementList : statement? (SEMI statement?)* ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

// As in Go's parser, the first expression list is parsed before the kind of statement is
// known; the token after it decides. The range forms are only valid in a for header.
simpleStmt
    : expressionList (
          RECEIVE expression                      // send
        | PLUS_PLUS | MINUS_MINUS                 // inc/dec
        | assignOp expressionList                 // assignment
        | DECLARE expressionList                  // short variable declaration
      )?                                          // expression statement
    ;

simpleStmtNoLit
    : expressionListNoLit (
          RECEIVE expressionNoLit
        | PLUS_PLUS | MINUS_MINUS
        | assignOp (RANGE expressionNoLit | expressionListNoLit)
        | DECLARE (RANGE expressionNoLit | expressionListNoLit)
      )?
    | RANGE expressionNoLit
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | OR_ASSIGN | XOR_ASSIGN | MUL_ASSIGN
    | DIV_ASSIGN | MOD_ASSIGN | LSHIFT_ASSIGN | RSHIFT_ASSIGN | AND_ASSIGN | BIT_CLEAR_ASSIGN
    ;

labeledStmt     : IDENT COLON statement? ;
goStmt          : GO expression ;
deferStmt       : DEFER expression ;
returnStmt      : RETURN expressionList? ;
breakStmt       : BREAK IDENT? ;
continueStmt    : CONTINUE IDENT? ;
gotoStmt        : GOTO IDENT ;
fallthroughStmt : FALLTHROUGH ;

// `if init; cond {` or `if cond {`: a lone header statement must be an expression.
ifStmt : IF simpleStmtNoLit? (SEMI simpleStmtNoLit?)? block (ELSE (ifStmt | block))? ;

// Expression and type switches share one rule; `x.(type)` in the header makes a type
// switch, and then the case expressions are types.
switchStmt : SWITCH simpleStmtNoLit? (SEMI simpleStmtNoLit?)? L_CURLY caseClause* R_CURLY ;

caseClause : (CASE expressionList | DEFAULT) COLON statementList ;

// Recognised only to be rejected.
selectStmt : SELECT L_CURLY commClause* R_CURLY ;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList ;

// `for {`, `for cond {`, `for init; cond; post {`, `for k, v := range x {`.
forStmt : FOR (simpleStmtNoLit? (SEMI simpleStmtNoLit? SEMI simpleStmtNoLit?)?) block ;

// ---- Expressions ---------------------------------------------------------------------

expression
    : primaryExpr
    | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) expression
    | expression op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression
    | expression op=(PLUS | MINUS | OR | CARET) expression
    | expression op=(EQUALS | NOT_EQUALS | LESS | LESS_EQ | GREATER | GREATER_EQ) expression
    | expression op=LOGICAL_AND expression
    | expression op=LOGICAL_OR expression
    ;

expressionNoLit
    : primaryExprNoLit
    | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) expressionNoLit
    | expressionNoLit op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expressionNoLit
    | expressionNoLit op=(PLUS | MINUS | OR | CARET) expressionNoLit
    | expressionNoLit op=(EQUALS | NOT_EQUALS | LESS | LESS_EQ | GREATER | GREATER_EQ) expressionNoLit
    | expressionNoLit op=LOGICAL_AND expressionNoLit
    | expressionNoLit op=LOGICAL_OR expressionNoLit
    ;

expressionListNoLit : expressionNoLit (COMMA expressionNoLit)* ;

primaryExpr
    : operand
    | primaryExpr postfix
    ;

primaryExprNoLit
    : operandNoLit
    | primaryExprNoLit postfix
    ;

postfix
    : DOT IDENT                                                     // selector
    | DOT L_PAREN type_ R_PAREN                                     // type assertion
    | DOT L_PAREN TYPE R_PAREN                                      // x.(type), only in a type switch
    | L_BRACKET expression (COMMA expression)* COMMA? R_BRACKET      // index (several: generics)
    | L_BRACKET expression? COLON expression? (COLON expression)? R_BRACKET   // slice
    | L_PAREN (arguments COMMA?)? R_PAREN                           // call or conversion
    ;

arguments : expression (COMMA expression)* ELLIPSIS? ;

operand
    : literal
    | IDENT
    | L_PAREN expression R_PAREN
    | compositeLit
    | functionLit
    | typeOperand
    ;

operandNoLit
    : literal
    | IDENT
    | L_PAREN expression R_PAREN
    | compositeLitNoName
    | functionLit
    | typeOperand
    ;

// A type used where an expression stands: `[]byte(s)`, `make(chan int)`, `new(struct{})`,
// or, followed by a literal value, the type of a composite literal: `[]int{1, 2}`.
// Factoring the literal value out this way keeps the parser's decision local: it never has
// to look past a whole type to choose between a conversion and a composite literal.
typeOperand
    : (arrayType | sliceType | mapType | channelType | structType | interfaceType) literalValue?
    | functionType
    ;

literal : NUMBER | RUNE_LIT | stringLit ;
stringLit : STRING_LIT | RAW_STRING_LIT ;

// Composite literals whose type is a name (`point{1, 2}`, not allowed in statement headers)
// or an array of inferred length (`[...]int{1, 2}`).
compositeLit       : typeName literalValue | ellipsisArray literalValue ;
compositeLitNoName : ellipsisArray literalValue ;
ellipsisArray      : L_BRACKET ELLIPSIS R_BRACKET type_ ;

literalValue : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY ;
keyedElement : (key=element COLON)? element ;
element      : expression | literalValue ;

functionLit : FUNC signature block ;
