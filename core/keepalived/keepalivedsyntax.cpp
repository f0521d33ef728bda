// SPDX-License-Identifier: GPL-2.0-or-later
#include "keepalivedsyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeepalivedSyntax)
};

// keepalived follows includes textually and has no depth limit of its own; a chain this
// deep is a loop through different names or a mistake.
constexpr int maximumIncludeDepth = 32;

struct Token {
    enum class Kind { Word, Open, Close, EndOfLine };
    Kind kind;
    QString text;
    QString file;
    int line;
};

class Lexer
{
public:
    Lexer(const KeepalivedFiles &files, KeepalivedSyntax::Result &result)
        : m_files(files)
        , m_result(result)
    {
    }

    void lexFile(const QString &text, const QString &file);
    QList<Token> takeTokens() { return std::move(m_tokens); }

private:
    void error(const QString &file, int line, const QString &message) { m_result.errors.append({file, line, message}); }
    void note(const QString &file, int line, const QString &message) { m_result.notes.append({file, line, message}); }
    QString decomment(const QString &line, const QString &file, int lineNumber);
    bool conditional(QString &content, const QString &file, int line);
    bool include(const QString &content, const QString &file, int line);
    void split(const QString &content, const QString &file, int line);

    const KeepalivedFiles &m_files;
    KeepalivedSyntax::Result &m_result;
    QList<Token> m_tokens;
    QStringList m_reading; // the include chain, outermost first
};

// Comments start at '#' or '!' outside double quotes; "\#" and "\!" stand for themselves.
QString Lexer::decomment(const QString &line, const QString &file, int lineNumber)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char('\\') && !quoted && i + 1 < line.size()
                   && (line.at(i + 1) == QLatin1Char('#') || line.at(i + 1) == QLatin1Char('!'))) {
            out += line.at(++i);
            continue;
        } else if (!quoted && (c == QLatin1Char('#') || c == QLatin1Char('!'))) {
            break;
        }
        out += c;
    }
    if (quoted) {
        error(file, lineNumber, Tr::tr("unterminated \" quote"));
        return {};
    }
    return out.trimmed();
}

bool Lexer::include(const QString &content, const QString &file, int line)
{
    // "include", or keepalived's stricter variants includer/includem/includew/includea/includeb.
    static const QRegularExpression directive(QStringLiteral("^include[rmwab]?\\s+(.*)$"));
    const QRegularExpressionMatch match = directive.match(content);
    if (!match.hasMatch())
        return false;

    const QString written = match.captured(1).trimmed();
    // keepalived changes into the including file's folder, so relative names start there.
    const QString pattern = QDir::cleanPath(
        QDir::isAbsolutePath(written) ? written : QFileInfo(file).path() + QLatin1Char('/') + written);
    const bool wildcard = written.contains(QLatin1Char('*')) || written.contains(QLatin1Char('?'))
        || written.contains(QLatin1Char('[')) || written.contains(QLatin1Char('{'));

    const QStringList paths = m_files.glob ? m_files.glob(pattern) : QStringList();
    if (paths.isEmpty()) {
        if (wildcard)
            note(file, line, Tr::tr("include %1 matched no file").arg(written));
        else
            error(file, line, Tr::tr("include %1: no such file").arg(written));
        return true;
    }
    for (const QString &path : paths) {
        if (m_reading.contains(path)) {
            error(file, line, Tr::tr("include %1: %2 is already being read (an include loop)").arg(written, path));
            continue;
        }
        if (m_reading.size() >= maximumIncludeDepth) {
            error(file, line, Tr::tr("include %1: includes nested more than %2 deep").arg(written).arg(maximumIncludeDepth));
            continue;
        }
        const std::optional<QString> text = m_files.read ? m_files.read(path) : std::nullopt;
        if (!text) {
            error(file, line, Tr::tr("include %1: cannot read %2").arg(written, path));
            continue;
        }
        lexFile(*text, path);
    }
    return true;
}

// Braces outside quotes are tokens of their own wherever they stand, as keepalived splits
// "real_server 10.0.0.1 80 { weight 2 }" into four lines.
void Lexer::split(const QString &content, const QString &file, int line)
{
    QString word;
    bool inWord = false;
    auto finishWord = [&] {
        if (inWord)
            m_tokens.append({Token::Kind::Word, word, file, line});
        word.clear();
        inWord = false;
    };
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype close = content.indexOf(QLatin1Char('"'), i + 1);
            word += content.mid(i + 1, close - i - 1); // decomment() saw the closing quote
            inWord = true;
            i = close;
        } else if (c.isSpace()) {
            finishWord();
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            finishWord();
            m_tokens.append({c == QLatin1Char('{') ? Token::Kind::Open : Token::Kind::Close, QString(c), file, line});
        } else {
            word += c;
            inWord = true;
        }
    }
    finishWord();
    m_tokens.append({Token::Kind::EndOfLine, QString(), file, line});
}

// "@id line" is read only by the director whose config-id (keepalived -i, by default its
// short host name) is id, "@^id line" by all others. Which director a file is read for is
// not known here, so it is read as for one that no "@id" names. Keeps what is to be read
// in `content` and says whether there is any.
bool Lexer::conditional(QString &content, const QString &file, int line)
{
    const bool negated = content.startsWith(QLatin1String("@^"));
    const qsizetype start = negated ? 2 : 1;
    qsizetype space = start;
    while (space < content.size() && !content.at(space).isSpace())
        ++space;
    const QString id = content.mid(start, space - start);
    if (!negated) {
        note(file, line, Tr::tr("line for config-id %1 skipped: LVS Studio reads the file as for a director no @ line names")
                             .arg(id));
        return false;
    }
    note(file, line, Tr::tr("line for every config-id but %1 read: LVS Studio reads the file as for a director no @ "
                            "line names")
                         .arg(id));
    content = content.mid(space).trimmed();
    return true;
}

void Lexer::lexFile(const QString &text, const QString &file)
{
    m_reading.append(file);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString content = decomment(lines.at(i), file, lineNumber);
        if (content.startsWith(QLatin1Char('@')) && !conditional(content, file, lineNumber))
            continue;
        if (content.isEmpty() || include(content, file, lineNumber))
            continue;
        if (content.startsWith(QLatin1Char('$')) || content.startsWith(QLatin1String("~SEQ"))
            || content.startsWith(QLatin1String("~LST"))) {
            error(file, lineNumber, Tr::tr("parameter definitions and sequences ($NAME=..., ~SEQ, ~LST) are not "
                                           "supported; expand them first"));
            continue;
        }
        split(content, file, lineNumber);
    }
    m_reading.removeLast();
}

class TreeBuilder
{
public:
    TreeBuilder(const QList<Token> &tokens, KeepalivedSyntax::Result &result)
        : m_tokens(tokens)
        , m_result(result)
    {
    }

    QList<KeepalivedStatement> build()
    {
        QList<KeepalivedStatement> statements;
        block(statements, nullptr);
        return statements;
    }

private:
    bool atEnd() const { return m_position >= m_tokens.size(); }
    const Token &current() const { return m_tokens.at(m_position); }
    bool block(QList<KeepalivedStatement> &into, const KeepalivedStatement *opener);
    bool opensBlock();

    const QList<Token> &m_tokens;
    KeepalivedSyntax::Result &m_result;
    qsizetype m_position = 0;
};

// A statement opens a block when '{' follows on its line, or starts the next line that
// has anything on it (keepalived's "brace on the next line").
bool TreeBuilder::opensBlock()
{
    qsizetype next = m_position;
    while (next < m_tokens.size() && m_tokens.at(next).kind == Token::Kind::EndOfLine)
        ++next;
    if (next >= m_tokens.size() || m_tokens.at(next).kind != Token::Kind::Open)
        return false;
    m_position = next + 1;
    return true;
}

// Reads statements up to the '}' closing this block; false when the input ends first.
bool TreeBuilder::block(QList<KeepalivedStatement> &into, const KeepalivedStatement *opener)
{
    while (!atEnd()) {
        const Token &token = current();
        switch (token.kind) {
        case Token::Kind::EndOfLine:
            ++m_position;
            break;
        case Token::Kind::Close:
            ++m_position;
            if (opener)
                return true;
            m_result.errors.append({token.file, token.line, Tr::tr("'}' without a matching '{'")});
            break;
        case Token::Kind::Open: {
            ++m_position;
            m_result.errors.append({token.file, token.line, Tr::tr("'{' without a keyword before it")});
            KeepalivedStatement orphan{{QStringLiteral("{")}, token.file, token.line, true, {}};
            QList<KeepalivedStatement> discarded;
            if (!block(discarded, &orphan))
                return false;
            break;
        }
        case Token::Kind::Word: {
            KeepalivedStatement statement;
            statement.file = token.file;
            statement.line = token.line;
            while (!atEnd() && current().kind == Token::Kind::Word) {
                statement.words.append(current().text);
                ++m_position;
            }
            if (opensBlock()) {
                statement.hasBlock = true;
                if (!block(statement.children, &statement)) {
                    into.append(statement);
                    return false;
                }
            }
            into.append(statement);
            break;
        }
        }
    }
    if (opener) {
        m_result.errors.append({opener->file, opener->line,
                                Tr::tr("the '{' of %1 is never closed").arg(opener->words.join(QLatin1Char(' ')))});
    }
    return !opener;
}
} // namespace

KeepalivedSyntax::Result KeepalivedSyntax::parse(const QString &text, const QString &fileName,
                                                 const KeepalivedFiles &files)
{
    Result result;
    Lexer lexer(files, result);
    lexer.lexFile(text, fileName);
    const QList<Token> tokens = lexer.takeTokens();
    result.statements = TreeBuilder(tokens, result).build();
    return result;
}
