<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AgePage</name>
    <message>
        <source>Your age</source>
        <translation>あなたの {年齢|ねんれい}</translation>
    </message>
    <message>
        <source>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</source>
        <translation>{年齢|ねんれい}を {入|い}れると、その {年齢|ねんれい}で {応募|おうぼ}できる {仕事|しごと}だけを {出|だ}します。{年齢|ねんれい}を {問|と}わない {仕事|しごと}は いつも {出|で}ます。</translation>
    </message>
    <message>
        <source>Your age is used for this search only and forgotten when you finish.</source>
        <translation>{年齢|ねんれい}は この {検索|けんさく}だけに {使|つか}います。{終|お}わると {消|け}します。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1つ {消|け}す</translation>
    </message>
    <message>
        <source>Take the age off</source>
        <translation>{年齢|ねんれい}の {条件|じょうけん}を はずす</translation>
    </message>
    <message>
        <source>Use this age</source>
        <translation>この {年齢|ねんれい}で さがす</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Choose a kind of work. The number says how many jobs there are.</source>
        <translation>{仕事|しごと}の {種類|しゅるい}を {選|えら}んでください。{数字|すうじ}は {仕事|しごと}の {数|かず}です。</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>{仕事|しごと} %1{件|けん}</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Job details</source>
        <translation>{仕事|しごと}の くわしい {内容|ないよう}</translation>
    </message>
    <message>
        <source>Job number %1</source>
        <translation>{求人番号|きゅうじんばんごう} %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>{読|よ}みあげる</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>{印刷|いんさつ}する {仕事|しごと}（%1{件|けん}）</translation>
    </message>
    <message>
        <source>Take off the slip</source>
        <translation>{印刷|いんさつ}する {仕事|しごと}から はずす</translation>
    </message>
    <message>
        <source>Add to the slip</source>
        <translation>{印刷|いんさつ}する {仕事|しごと}に {加|くわ}える</translation>
    </message>
    <message>
        <source>Add to the slip (%1 of %2)</source>
        <translation>{印刷|いんさつ}する {仕事|しごと}に {加|くわ}える（%1{件|けん}め／%2{件|けん}まで）</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Narrow down</source>
        <translation>{条件|じょうけん}で しぼる</translation>
    </message>
    <message>
        <source>Jobs found: %1. Touch a condition to add it or take it off.</source>
        <translation>%1{件|けん}の {仕事|しごと}が あります。{条件|じょうけん}に さわると、{加|くわ}えたり はずしたり できます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2{件|けん}）</translation>
    </message>
    <message>
        <source>Take all conditions off</source>
        <translation>{条件|じょうけん}を ぜんぶ はずす</translation>
    </message>
    <message>
        <source>Show the jobs (%1)</source>
        <translation>{仕事|しごと}を {見|み}る（%1{件|けん}）</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Searching…</source>
        <translation>{探|さが}しています…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>{探|さが}した {結果|けっか}</translation>
    </message>
    <message>
        <source>Jobs found: %1. Choose one to see it in full.</source>
        <translation>%1{件|けん}の {仕事|しごと}が あります。{選|えら}ぶと くわしく {見|み}られます。</translation>
    </message>
    <message>
        <source>Jobs found: %1</source>
        <translation>%1{件|けん}</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>{新|あたら}しい {順|じゅん}</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>{合|あ}っている {順|じゅん}</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>{条件|じょうけん}で しぼる</translation>
    </message>
    <message>
        <source>Area, type of employment, wage and more, with the number of jobs</source>
        <translation>{場所|ばしょ}・{働|はたら}き{方|かた}・お{金|かね}など（{仕事|しごと}の {数|かず}つき）</translation>
    </message>
    <message>
        <source>Touch to take this condition off</source>
        <translation>さわると この {条件|じょうけん}を はずします</translation>
    </message>
    <message>
        <source>No jobs match. Try other words or take a condition off.</source>
        <translation>{合|あ}う {仕事|しごと}が ありません。ほかの ことばで {探|さが}すか、{条件|じょうけん}を はずして ください。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ {前|まえ}へ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>{次|つぎ}へ ▶</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>{印刷|いんさつ}する {仕事|しごと}（%1{件|けん}）</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Job search</source>
        <translation>{仕事|しごと}を {探|さが}す</translation>
    </message>
    <message>
        <source>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</source>
        <translation>「{介護|かいご}」「{事務|じむ}」などの ことばを {入|い}れるか、{仕事|しごと}の {種類|しゅるい}を {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>{探|さが}したい ことば</translation>
    </message>
    <message>
        <source>Kinds of work, with the number of jobs</source>
        <translation>{仕事|しごと}の {種類|しゅるい}から {探|さが}す（{数字|すうじ}は {仕事|しごと}の {数|かず}）</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>{仕事|しごと} %1{件|けん}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>{探|さが}す</translation>
    </message>
</context>
<context>
    <name>SlipPage</name>
    <message>
        <source>Please take your slip</source>
        <translation>{紙|かみ}を {取|と}って ください</translation>
    </message>
    <message>
        <source>Your slip for Hello Work</source>
        <translation>ハローワークの {窓口|まどぐち}に {持|も}っていく {紙|かみ}</translation>
    </message>
    <message>
        <source>Printing. Please wait a moment.</source>
        <translation>{印刷|いんさつ}して います。すこし {待|ま}って ください。</translation>
    </message>
    <message>
        <source>Show it at the Hello Work counter to apply.</source>
        <translation>ハローワークの {窓口|まどぐち}で {見|み}せると、{仕事|しごと}に {申|もう}し{込|こ}めます。</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>{紙|かみ}を {印刷|いんさつ}できませんでした。</translation>
    </message>
    <message>
        <source>These jobs are printed in Japanese, each with its job number and a QR code.</source>
        <translation>つぎの {仕事|しごと}を、{求人番号|きゅうじんばんごう}と QRコードを つけて {印刷|いんさつ}します。</translation>
    </message>
    <message>
        <source>Printing your slip…</source>
        <translation>{印刷|いんさつ}して います…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>はずす</translation>
    </message>
    <message>
        <source>Hello Work office for this area:</source>
        <translation>この {地域|ちいき}の ハローワーク：</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう {一度|いちど} {印刷|いんさつ}する</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>{印刷|いんさつ}する</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>{終|お}わる</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The search could not be done right now. Please try again.</source>
        <translation>いま {探|さが}せませんでした。もう {一度|いちど} やって ください。</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>この {仕事|しごと}の {募集|ぼしゅう}は おわりました。ほかの {仕事|しごと}を {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>A slip holds up to five jobs. Take one off to add another.</source>
        <translation>{印刷|いんさつ}できる {仕事|しごと}は 5{件|けん}までです。ほかの {仕事|しごと}を {加|くわ}えるには、どれかを はずして ください。</translation>
    </message>
    <message>
        <source>Choose one to five jobs for the slip.</source>
        <translation>{印刷|いんさつ}する {仕事|しごと}を 1{件|けん}から 5{件|けん}まで {選|えら}んで ください。</translation>
    </message>
    <message>
        <source>This kind of work is not in the list. Please choose another one.</source>
        <translation>この {仕事|しごと}の {種類|しゅるい}は ありません。ほかの {種類|しゅるい}を {選|えら}んでください。</translation>
    </message>
    <message>
        <source>Please enter an age from 15 to 99.</source>
        <translation>15{歳|さい}から 99{歳|さい}までの {年齢|ねんれい}を {入|い}れてください。</translation>
    </message>
    <message>
        <source>No job is open to this age with the other conditions. Take a condition off.</source>
        <translation>ほかの {条件|じょうけん}と {合|あ}わせると、この {年齢|ねんれい}で {応募|おうぼ}できる {仕事|しごと}は ありません。{条件|じょうけん}を はずしてください。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff.</source>
        <translation>もんだいが おきました。{係|かかり}の {人|ひと}に {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>{求人番号|きゅうじんばんごう}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>{受付日|うけつけび}</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>{紹介|しょうかい}の {期限|きげん}</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>{求人|きゅうじん}の {種類|しゅるい}</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>{働|はたら}き{方|かた}</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>{仕事|しごと}の {内容|ないよう}</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>{会社|かいしゃ}の {名前|なまえ}</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>{働|はたら}く {場所|ばしょ}</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>{近|ちか}くの {駅|えき}</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>お{金|かね}（{給料|きゅうりょう}）</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>{働|はたら}く {時間|じかん}</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>{休|やす}みの {日|ひ}</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>{年齢|ねんれい}</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>{学歴|がくれき}</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>{必要|ひつよう}な {経験|けいけん}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>{必要|ひつよう}な {免許|めんきょ}・{資格|しかく}</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>{保険|ほけん}</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>{募集|ぼしゅう}する {人数|にんずう}</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>とくちょう</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>そのほか</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>{場所|ばしょ}（{市|し}・{町|まち}）</translation>
    </message>
    <message>
        <source>Railway line</source>
        <translation>{電車|でんしゃ}の {線|せん}</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>{仕事|しごと}の {種類|しゅるい}</translation>
    </message>
    <message>
        <source>Full or part time</source>
        <translation>フルタイム・パート</translation>
    </message>
    <message>
        <source>Wage at least</source>
        <translation>お{金|かね}（いくら{以上|いじょう}）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>{働|はたら}く {時間|じかん}</translation>
    </message>
    <message>
        <source>%1 yen a month</source>
        <extracomment>A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).</extracomment>
        <translation>{月給|げっきゅう} %1{円|えん}</translation>
    </message>
    <message>
        <source>%1 yen a day</source>
        <extracomment>A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).</extracomment>
        <translation>{日給|にっきゅう} %1{円|えん}</translation>
    </message>
    <message>
        <source>%1 yen an hour</source>
        <extracomment>A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).</extracomment>
        <translation>{時給|じきゅう} %1{円|えん}</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>%1 min walk</source>
        <extracomment>Minutes on foot from the nearest station.</extracomment>
        <translation>{歩|ある}いて %1{分|ふん}</translation>
    </message>
    <message>
        <source>%1 people</source>
        <extracomment>How many people the employer takes on.</extracomment>
        <translation>%1{人|にん}</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <extracomment>Days off in a year.</extracomment>
        <translation>1{年|ねん}に %1{日|にち} {休|やす}み</translation>
    </message>
    <message>
        <source>Up to %1 years old</source>
        <extracomment>An age limit: up to %1 years old.</extracomment>
        <translation>%1{歳|さい}まで</translation>
    </message>
    <message>
        <source>%1 years old or more</source>
        <extracomment>An age limit: %1 years old or more.</extracomment>
        <translation>%1{歳|さい}から</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <extracomment>An age limit: from %1 to %2 years old.</extracomment>
        <translation>%1{歳|さい}から %2{歳|さい}まで</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>No age limit.</extracomment>
        <translation>{年齢|ねんれい}は {問|と}わない</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <extracomment>A person&apos;s age on the age filter&apos;s chip, %1 the years (35歳).</extracomment>
        <translation>%1{歳|さい}</translation>
    </message>
    <message>
        <source>Enter your age</source>
        <extracomment>The chip that opens the pad for the job seeker&apos;s age.</extracomment>
        <translation>{年齢|ねんれい}を {入|い}れる</translation>
    </message>
    <message>
        <source>Change the age</source>
        <extracomment>The chip that opens the pad again to change the age chosen.</extracomment>
        <translation>{年齢|ねんれい}を {変|か}える</translation>
    </message>
    <message>
        <source>Type your age, from 15 to 99.</source>
        <extracomment>On the age pad before an age is typed.</extracomment>
        <translation>{年齢|ねんれい}を {入|い}れてください（15{歳|さい}から 99{歳|さい}まで）。</translation>
    </message>
    <message>
        <source>Counting the jobs…</source>
        <extracomment>On the age pad while the jobs open to the age typed are being counted.</extracomment>
        <translation>{仕事|しごと}の {数|かず}を かぞえています…</translation>
    </message>
    <message>
        <source>Jobs open to age %1: %2</source>
        <extracomment>On the age pad: %1 the age typed, %2 how many jobs are open to it.</extracomment>
        <translation>%1{歳|さい}で {応募|おうぼ}できる {仕事|しごと}：%2{件|けん}</translation>
    </message>
    <message>
        <source>All jobs in %1</source>
        <extracomment>A button for a whole 職種 group, %1 its name (介護、福祉のすべて).</extracomment>
        <translation>%1の ぜんぶ</translation>
    </message>
    <message>
        <source>Kinds of work in %1</source>
        <extracomment>Heading of a 職種 group&apos;s sub-categories on the filter screen, %1 the group&apos;s name.</extracomment>
        <translation>「%1」の なか</translation>
    </message>
    <message>
        <source>Not shown at the employer&apos;s request</source>
        <extracomment>The employer&apos;s name is not shown (公開範囲).</extracomment>
        <translation>{会社|かいしゃ}の {希望|きぼう}で {見|み}せていません</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>{正社員|せいしゃいん}</translation>
    </message>
    <message>
        <source>Non-regular employee</source>
        <translation>{正社員|せいしゃいん}では ない</translation>
    </message>
    <message>
        <source>Temporary agency worker (fixed term)</source>
        <translation>{派遣|はけん}（{期間|きかん}あり）</translation>
    </message>
    <message>
        <source>Temporary agency worker (no fixed term)</source>
        <translation>{派遣|はけん}（{期間|きかん}なし）</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>パート</translation>
    </message>
    <message>
        <source>Part-time agency worker (fixed term)</source>
        <translation>{派遣|はけん}の パート（{期間|きかん}あり）</translation>
    </message>
    <message>
        <source>Part-time agency worker (no fixed term)</source>
        <translation>{派遣|はけん}の パート（{期間|きかん}なし）</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>フルタイム</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>パート</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ふつうの {求人|きゅうじん}</translation>
    </message>
    <message>
        <source>New graduates</source>
        <translation>{学校|がっこう}を {出|で}た {人|ひと}の {求人|きゅうじん}</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>{季節|きせつ}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>{家|いえ}から {離|はな}れて {働|はたら}く {仕事|しごと}</translation>
    </message>
    <message>
        <source>For people with disabilities</source>
        <translation>{障害|しょうがい}の ある {人|ひと}の ための {求人|きゅうじん}</translation>
    </message>
    <message>
        <source>Starts in the morning</source>
        <translation>{朝|あさ}から（5{時|じ}〜10{時|じ}に はじまる）</translation>
    </message>
    <message>
        <source>Starts in the daytime</source>
        <translation>{昼|ひる}（10{時|じ}〜16{時|じ}に はじまる）</translation>
    </message>
    <message>
        <source>Starts in the evening</source>
        <translation>{夕方|ゆうがた}から（16{時|じ}〜22{時|じ}に はじまる）</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>{夜|よる}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Up to 5 hours</source>
        <translation>{短|みじか}い {時間|じかん}（5{時間|じかん}まで）</translation>
    </message>
    <message>
        <source>Saturdays off</source>
        <translation>{土曜日|どようび}が {休|やす}み</translation>
    </message>
    <message>
        <source>Sundays off</source>
        <translation>{日曜日|にちようび}が {休|やす}み</translation>
    </message>
    <message>
        <source>Public holidays off</source>
        <translation>{祝日|しゅくじつ}が {休|やす}み</translation>
    </message>
    <message>
        <source>Two days off every week</source>
        <translation>{毎週|まいしゅう} 2{日|か} {休|やす}み</translation>
    </message>
    <message>
        <source>120 days off a year or more</source>
        <translation>1{年|ねん}に 120{日|にち}{以上|いじょう} {休|やす}み</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>はじめてでも よい</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>{学歴|がくれき}は {問|と}わない</translation>
    </message>
    <message>
        <source>Commuting by car allowed</source>
        <translation>{車|くるま}で {通|かよ}える</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>{転勤|てんきん}なし</translation>
    </message>
    <message>
        <source>Near a station</source>
        <translation>{駅|えき}から {近|ちか}い（{歩|ある}いて 10{分|ぷん}まで）</translation>
    </message>
    <message>
        <source>Can become a regular employee</source>
        <translation>{正社員|せいしゃいん}に なれる</translation>
    </message>
    <message>
        <source>No overtime</source>
        <translation>{残業|ざんぎょう}なし</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ボーナスあり</translation>
    </message>
    <message>
        <source>Childcare on site</source>
        <translation>{子|こ}どもを {預|あず}けられる</translation>
    </message>
    <message>
        <source>No document screening</source>
        <translation>{書類|しょるい}の {選考|せんこう}なし</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>{家|いえ}で {働|はたら}ける</translation>
    </message>
    <message>
        <source>Over 60 welcome</source>
        <translation>60{歳|さい}{以上|いじょう}の {人|ひと}も {歓迎|かんげい}</translation>
    </message>
    <message>
        <source>Office work, management</source>
        <translation>{事務|じむ}、{管理職|かんりしょく}</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>{営業|えいぎょう}</translation>
    </message>
    <message>
        <source>Shop work</source>
        <translation>お{店|みせ}で {売|う}る {仕事|しごと}</translation>
    </message>
    <message>
        <source>Service, cooking, hairdressing</source>
        <translation>{接客|せっきゃく}、{美容|びよう}、{料理|りょうり}、サービス</translation>
    </message>
    <message>
        <source>Care, welfare</source>
        <translation>{介護|かいご}、{福祉|ふくし}</translation>
    </message>
    <message>
        <source>Childcare, teaching</source>
        <translation>{保育|ほいく}、{教育|きょういく}</translation>
    </message>
    <message>
        <source>Medicine, nursing</source>
        <translation>{医療|いりょう}、{看護|かんご}</translation>
    </message>
    <message>
        <source>Manufacturing, repair, inspection</source>
        <translation>ものを {作|つく}る、{直|なお}す、{調|しら}べる</translation>
    </message>
    <message>
        <source>Engineering, IT, specialists</source>
        <translation>{技術|ぎじゅつ}の {仕事|しごと}（IT など）</translation>
    </message>
    <message>
        <source>Construction, civil works, electrical</source>
        <translation>{建物|たてもの}、{道路|どうろ}、{電気|でんき}の {工事|こうじ}</translation>
    </message>
    <message>
        <source>Security, building management</source>
        <translation>{警備|けいび}、{建物|たてもの}の {管理|かんり}</translation>
    </message>
    <message>
        <source>Driving, delivery</source>
        <translation>{運転|うんてん}、{配達|はいたつ}</translation>
    </message>
    <message>
        <source>Cleaning, warehouse, light work</source>
        <translation>そうじ、{倉庫|そうこ}、{軽|かる}い {作業|さぎょう}</translation>
    </message>
    <message>
        <source>Farming, forestry, fishing</source>
        <translation>{農業|のうぎょう}、{林業|りんぎょう}、{漁業|ぎょぎょう}</translation>
    </message>
    <message>
        <source>General office work</source>
        <translation>{一般|いっぱん}{事務|じむ}</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>{経理|けいり}・{会計|かいけい}</translation>
    </message>
    <message>
        <source>General affairs, personnel</source>
        <translation>{総務|そうむ}・{人事|じんじ}</translation>
    </message>
    <message>
        <source>Sales office work</source>
        <translation>{営業|えいぎょう}{事務|じむ}</translation>
    </message>
    <message>
        <source>Medical office work</source>
        <translation>{医療|いりょう}{事務|じむ}</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>{管理職|かんりしょく}</translation>
    </message>
    <message>
        <source>Sales to companies</source>
        <translation>{会社|かいしゃ}への {営業|えいぎょう}</translation>
    </message>
    <message>
        <source>Sales to households</source>
        <translation>{個人|こじん}への {営業|えいぎょう}</translation>
    </message>
    <message>
        <source>Route sales</source>
        <translation>ルート{営業|えいぎょう}</translation>
    </message>
    <message>
        <source>Real estate sales</source>
        <translation>{不動産|ふどうさん}の {営業|えいぎょう}</translation>
    </message>
    <message>
        <source>Shop assistant</source>
        <translation>お{店|みせ}での {販売|はんばい}</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>レジ</translation>
    </message>
    <message>
        <source>Food sales</source>
        <translation>{食品|しょくひん}の {販売|はんばい}</translation>
    </message>
    <message>
        <source>Convenience store, supermarket</source>
        <translation>コンビニ・スーパー</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>{料理|りょうり}を {作|つく}る</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>{料理|りょうり}の {手伝|てつだ}い</translation>
    </message>
    <message>
        <source>Waiting on tables</source>
        <translation>ホール（{接客|せっきゃく}）</translation>
    </message>
    <message>
        <source>Barber, hairdresser</source>
        <translation>{理容|りよう}・{美容|びよう}</translation>
    </message>
    <message>
        <source>Hotel, inn</source>
        <translation>ホテル・{旅館|りょかん}</translation>
    </message>
    <message>
        <source>Care worker</source>
        <translation>{介護|かいご}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>{家|いえ}に {行|い}く {介護|かいご}</translation>
    </message>
    <message>
        <source>Care manager</source>
        <translation>ケアマネジャー</translation>
    </message>
    <message>
        <source>Life support worker</source>
        <translation>{生活|せいかつ}を {助|たす}ける {仕事|しごと}</translation>
    </message>
    <message>
        <source>Driving for care services</source>
        <translation>{介護|かいご}の {送|おく}り{迎|むか}え</translation>
    </message>
    <message>
        <source>Nursery teacher</source>
        <translation>{保育士|ほいくし}</translation>
    </message>
    <message>
        <source>Nursery assistant</source>
        <translation>{保育|ほいく}の {手伝|てつだ}い</translation>
    </message>
    <message>
        <source>After-school club worker</source>
        <translation>{学童|がくどう}の {指導員|しどういん}</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>{講師|こうし}（{先生|せんせい}）</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>{看護師|かんごし}</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>{准看護師|じゅんかんごし}</translation>
    </message>
    <message>
        <source>Nursing aide</source>
        <translation>{看護|かんご}の {手伝|てつだ}い</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>{薬剤師|やくざいし}</translation>
    </message>
    <message>
        <source>Dental hygienist</source>
        <translation>{歯科衛生士|しかえいせいし}</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>ものを {作|つく}る {仕事|しごと}</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>{組|く}み{立|た}て</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>{検査|けんさ}</translation>
    </message>
    <message>
        <source>Machine maintenance</source>
        <translation>{機械|きかい}の {点検|てんけん}・{修理|しゅうり}</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>{印刷|いんさつ}</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>プログラマー</translation>
    </message>
    <message>
        <source>Systems engineer</source>
        <translation>システムエンジニア</translation>
    </message>
    <message>
        <source>Design engineering</source>
        <translation>{設計|せっけい}</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>{研究|けんきゅう}・{開発|かいはつ}</translation>
    </message>
    <message>
        <source>Building work</source>
        <translation>{建物|たてもの}を {建|た}てる {仕事|しごと}</translation>
    </message>
    <message>
        <source>Civil engineering work</source>
        <translation>{土木|どぼく}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Electrical work</source>
        <translation>{電気|でんき}の {工事|こうじ}</translation>
    </message>
    <message>
        <source>Site supervisor</source>
        <translation>{工事|こうじ}の {管理|かんり}</translation>
    </message>
    <message>
        <source>Building security</source>
        <translation>{建物|たてもの}の {警備|けいび}</translation>
    </message>
    <message>
        <source>Traffic guard</source>
        <translation>{車|くるま}や {人|ひと}の {案内|あんない}（{交通|こうつう}{誘導|ゆうどう}）</translation>
    </message>
    <message>
        <source>Building equipment upkeep</source>
        <translation>{設備|せつび}の {管理|かんり}</translation>
    </message>
    <message>
        <source>Apartment building caretaker</source>
        <translation>マンションの {管理員|かんりいん}</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>トラックの {運転手|うんてんしゅ}</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>タクシーの {運転手|うんてんしゅ}</translation>
    </message>
    <message>
        <source>Bus driver</source>
        <translation>バスの {運転手|うんてんしゅ}</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>{配達|はいたつ}</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>そうじ</translation>
    </message>
    <message>
        <source>Warehouse work</source>
        <translation>{倉庫|そうこ}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Order picking</source>
        <translation>ピッキング（{品物|しなもの}を {集|あつ}める）</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>{包装|ほうそう}（つつむ {仕事|しごと}）</translation>
    </message>
    <message>
        <source>Light work</source>
        <translation>{軽|かる}い {作業|さぎょう}</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>{畑|はたけ}や {田|た}んぼの {仕事|しごと}</translation>
    </message>
    <message>
        <source>Gardening, landscaping</source>
        <translation>{庭|にわ}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>{山|やま}や {森|もり}の {仕事|しごと}</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>{雇用保険|こようほけん}</translation>
    </message>
    <message>
        <source>Workers&apos; accident insurance</source>
        <translation>{労災保険|ろうさいほけん}</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>{健康保険|けんこうほけん}</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <translation>{厚生年金|こうせいねんきん}</translation>
    </message>
    <message>
        <source>Public servants&apos; accident cover</source>
        <translation>{公務災害補償|こうむさいがいほしょう}</translation>
    </message>
    <message>
        <source>Savings scheme</source>
        <translation>{財形|ざいけい}（{貯金|ちょきん}の {制度|せいど}）</translation>
    </message>
    <message>
        <source>Company pension</source>
        <translation>{会社|かいしゃ}の {年金|ねんきん}</translation>
    </message>
    <message>
        <source>Retirement allowance</source>
        <translation>{退職金|たいしょくきん}</translation>
    </message>
    <message>
        <source>Retirement mutual aid</source>
        <translation>{退職金|たいしょくきん}の {共済|きょうさい}</translation>
    </message>
    <message>
        <source>Job search</source>
        <extracomment>Title of the home screen&apos;s tile for the job search (Hello Work listings).</extracomment>
        <translation>{仕事|しごと}を {探|さが}す</translation>
    </message>
    <message>
        <source>Hello Work job listings. Print a slip to take to the Hello Work counter.</source>
        <extracomment>Description on the home screen&apos;s tile for the job search.</extracomment>
        <translation>ハローワークの {仕事|しごと}を {探|さが}せます。{窓口|まどぐち}に {持|も}っていく {紙|かみ}を {印刷|いんさつ}できます。</translation>
    </message>
</context>
</TS>
