<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
