"""Hand-written cue phrases for the named mistakes (001 刺激听觉的不当行为, 002 处理错误).

Each cue adds one feature ("cue:suppress") that the model weighs with the rest: a hint learned
from data, never a rule that decides an act by itself. The phrases are the documents' own
examples ("您冷静点", "请稍等", "这是规定") and the common ways trainees type them. A cue inside a
negation does not fire ("I'm not going to tell you to calm down")."""

from __future__ import annotations

import functools
import re

from game.reader.lexicon import CLASSES_EN, CLASSES_ZH

CUES_EN: dict[str, tuple[str, ...]] = {
    "suppress": (
        r"calm (?:down|yourself)",
        r"(?:relax|chill|settle down|cool (?:it|down))\b",
        r"(?:stop|quit) (?:shouting|yelling|screaming|getting (?:so )?(?:upset|angry|worked up))",
        r"lower your voice|no need to (?:shout|yell|get)|keep your voice down",
        r"(?:getting|being) (?:so )?(?:emotional|hysterical|worked up)",
    ),
    "deny": (
        r"nothing to (?:be )?(?:upset|angry|worry|worried|mad|get upset) about",
        r"(?:not|isn't|is not|no) (?:a )?(?:big deal|that bad|a problem)",
        r"(?:overreact|making a (?:big )?(?:fuss|scene|deal))",
        r"no reason to be (?:upset|angry|mad)",
        r"\b(?:you're|you are) (?:overreacting|exaggerating|being dramatic|too sensitive|"
        r"making it)",
        r"\b(?:it's|that's|it is|that is|it was) (?:not )?(?:really |that |so )?(?:not )?(?:that|"
        r"so) (?:bad|serious|big|terrible)",
        r"\b(?:there's|there is) (?:no|nothing) (?:problem|wrong|issue)\b",
        r"\bno (?:need|reason) to (?:be|get|feel) (?:so )?(?:upset|angry|worried|mad|annoyed)",
    ),
    "direct_refusal": (
        r"(?:that's|that is|it's|its) (?:our|the|company) (?:policy|rule|rules)",
        r"(?:we|i) (?:can't|cannot|can not|don't|do not|won't|will not) "
        r"(?:do|allow|give|refund|make|change)",
        r"\bno,? (?:we|i) (?:can't|cannot|won't)|\bnot possible|\bimpossible\b",
        r"(?:nothing|there is nothing|there's nothing) (?:i|we) can do",
        r"\bthe answer is no\b",
    ),
    "criticize": (
        r"(?:you should|you shouldn't|you should not|you ought to) have",
        r"(?:your|you're|you are|you) (?:own )?(?:fault|mistake|wrong|careless|confused)",
        r"(?:obviously|clearly) you\b|you (?:clearly|obviously) (?:didn't|don't|did not)",
        r"(?:didn't|did not|don't|do not) you (?:read|check|know)",
        r"\b(?:if|had) you (?:had )?(?:read|checked|listened|followed|looked|asked)",
        r"\byou (?:didn't|did not|never|forgot to) (?:read|check|follow|listen|fill|bring|save|"
        r"keep|look)",
        r"\byou (?:pressed|clicked|chose|picked|entered|typed|put|gave|used) (?:the |a )?wrong",
        r"\byou must (?:have|'ve) (?:done|pressed|deleted|forgotten|missed|lost)",
    ),
    "lecture": (
        r"(?:you should|you need to|you must|you have to) (?:always|read|check|learn|know)",
        r"next time,? (?:you|please) (?:should|read|check|make sure)",
        r"(?:let me|i'll) (?:teach|explain to) you how",
        r"(?:everyone|people) (?:knows|know|should know)",
        r"\b(?:you should|you need to|you must|you have to|you ought to) (?:always|never|really|"
        r"first|make sure|remember|keep|understand)",
        r"\b(?:next time|in future|in the future),? (?:you|make sure|please|try|remember|always)",
        r"\b(?:it's|it is) (?:important|essential|your responsibility) (?:to|that you)",
        r"\b(?:always|never) (?:read|check|sign|share|click|give|keep|leave)\b",
    ),
    "argue": (
        r"(?:that's|that is) not (?:true|what happened|right|correct)",
        r"(?:you're|you are) (?:wrong|mistaken|not right)",
        r"\bactually,? (?:you|it|that|we)\b",
        r"(?:with all due respect|i disagree|that's not how)",
        r"(?:that's|that is|it's|it is) not (?:true|what|how|right|correct|the case)",
        r"\b(?:i|we) (?:never|didn't|did not) (?:say|said|promise|promised|tell|told|agree)",
        r"\byou (?:agreed|signed|accepted|chose|said|were told|were informed)\b",
        r"\b(?:no|nope),? (?:that's|it's|you|it was|we)\b",
    ),
    "sarcasm": (
        r"\boh (?:wonderful|great|brilliant|perfect|lovely|sure)\b",
        r"(?:congratulations|well done|genius|bravo|good for you)\b",
        r"another (?:expert|genius|one of)",
        r"\b(?:yeah|sure),? (?:right|because)\b",
        r"\b(?:thanks|thank you) (?:so much )?for (?:nothing|that|the lecture)\b.*[!?]|"
        r"\bthanks for nothing",
        r"\b(?:what a|such a) (?:surprise|shock|genius|treat)\b",
        r"\b(?:as if|good luck with that|must be nice|how original|shocking)\b",
    ),
    "doubt": (
        r"are you (?:sure|certain|positive)",
        r"(?:i (?:doubt|find it hard to believe)|hard to believe|really\?)",
        r"(?:did|do) you (?:really|actually)",
        r"(?:that|it) (?:can't|cannot|couldn't) (?:be|have)",
    ),
    "stall": (
        r"(?:wait|hold on|hang on|one (?:moment|sec|second|minute)|just a (?:moment|sec|minute))",
        r"(?:later|tomorrow|next week|some other time|another day)\b",
        r"(?:we'll|we will|i'll|i will) (?:see|get back to you|look into it)",
    ),
    "premature_blame": (
        r"(?:my|our|the) (?:colleague|coworker|co-worker|staff|clerk|system|other department)",
        r"(?:their|his|her|its) (?:fault|mistake)",
        r"(?:it was|it's) (?:our|my) fault|(?:we|i) (?:messed|screwed) up",
        r"not (?:my|our) (?:fault|department|job|problem)",
    ),
    "empty_promise": (
        r"(?:i|we) (?:promise|guarantee|swear)",
        r"(?:never|won't ever|will never) happen again",
        r"(?:definitely|absolutely|for sure|100%)",
    ),
    "imply_unimportant": (
        r"(?:only|just) (?:a|one|\d+)\b",
        r"(?:it's|its|that's|it is) (?:only|just|not much|a small|nothing)",
        r"(?:small|minor|little|tiny) (?:thing|issue|matter|problem|amount)",
        r"(?:we have|there are) (?:other|more|lots of|many) (?:customers|people)",
        r"\b(?:only|just|merely) (?:a|one|two|a few|a couple|\d+)\b",
        r"\b(?:not|no) (?:a )?(?:big|huge) (?:deal|amount|loss)",
        r"\b(?:such a |a |the )?(?:small|little|tiny|minor|trivial) (?:thing|amount|sum|issue|"
        r"detail|delay|inconvenience|problem|charge|fee)",
        r"\b(?:happens|it happens) (?:all the time|to everyone)|\bworse things\b",
    ),
    "rush": (
        r"(?:hurry|quickly|make it quick|get to the point|be quick|faster)",
        r"(?:i don't|we don't|no) (?:have )?(?:all day|time for)",
        r"(?:next|anything else)\?",
    ),
    "jargon": (
        r"(?:protocol|backend|server|ticket|sla|api|escalation matrix|tier|bandwidth|latency)",
        r"(?:provisioning|authentication|billing cycle|roaming|cell tower|base station|network)",
        r"(?:per clause|pursuant|terms and conditions|t&c)",
    ),
    "authoritative_tone": (
        r"(?:you must|you will|you need to|i said|listen to me|do as)",
        r"(?:as i (?:said|told you)|i've already told you)",
        r"(?:those are the rules|rules are rules|that's final)",
        r"\byou (?:will|must|have to|need to) (?:wait|fill|sign|bring|come|take|follow|stop|do|"
        r"go)\b",
        r"(?:that's|this is|that is) (?:final|how it is|how it works|the way it is|not negotiable|"
        r"non-negotiable)",
        r"\b(?:end of|full stop|no (?:ifs|arguments|exceptions|discussion))\b",
        r"\b(?:i'm|i am) (?:telling|not asking) you|do (?:what|as) i (?:say|said|tell)",
    ),
    "question_back": (
        r"^(?:why|what|how) (?:do|did|would|should) you\b.*\?",
        r"(?:what do you (?:want|expect)|what would you (?:like|have) me)",
        r"\b(?:what|how) (?:do|would|did) you (?:want|expect|suggest) (?:me|i|us|we)",
        r"\b(?:what am i|what are we|how am i|how are we) supposed to",
        r"\bwhat (?:else )?(?:can|could) (?:i|we) (?:possibly )?do\?",
    ),
    "interrupt": (
        r"(?:let me (?:stop|cut) you|sorry to (?:interrupt|cut)|ok ok|yes yes|yeah yeah)",
        r"(?:stop|wait),? (?:let me|listen)",
        r"\b(?:yes|yeah|ok|okay|right),? (?:yes|yeah|ok|okay|right)\b",
        r"\blet me (?:finish|stop you|cut in)|\bi (?:get|got) it,? i (?:get|got) it",
    ),
    "personal_question": (
        r"(?:how old|are you married|your (?:age|salary|husband|wife|boyfriend|girlfriend|income))",
        r"(?:where do you live|what do you do for a living|do you have kids)",
    ),
    "hard_sell": (
        r"(?:upgrade|premium|package|plan|offer|deal|promotion|discount on|sign up|subscribe)",
        r"(?:while you're here|have you (?:considered|thought about))",
    ),
    "too_familiar": (
        r"\b(?:honey|sweetie|darling|dear|buddy|mate|bro|dude|babe|love)\b",
        r"(?:trust me|between you and me|we're friends)",
    ),
    "meaningless_question": (
        r"(?:why didn't you|why did you|did you even|have you tried turning)",
        r"(?:did you read|have you read) (?:the|our)",
        r"\b(?:did|have) you (?:try|tried) (?:turning|restarting|switching|unplugging)",
        r"\b(?:is|was) it (?:plugged|switched|turned) (?:in|on)",
    ),
    "divert": (
        r"(?:by the way|anyway|speaking of|on another note|changing the subject)",
        r"(?:the weather|nice weather|lunch)",
        r"\blet's (?:talk about|focus on|move on|change the subject|put (?:that|it|this) aside|"
        r"leave (?:that|it|this)|not (?:dwell|worry|get stuck|go (?:down|back)|talk about)|skip|"
        r"park|forget)",
        r"\b(?:something|anything) else\b|\banother (?:time|day)\b",
        r"\b(?:forget|never mind) (?:about )?(?:that|it|the|this)\b",
    ),
    "ignore": (
        r"(?:^|\. )(?:so|ok|okay|right),? (?:what|your|the) (?:is|number|account)",
        r"(?:can|could|may) i (?:have|get|take|see) your (?:name|number|details|id|account|order|"
        r"reference|card|receipt)",
        r"\b(?:next|number|account number|reference|id|name),? please\b",
        r"(?:what's|what is) your (?:account|order|reference|phone|id|membership|card) number",
    ),
}

CUES_ZH: dict[str, tuple[str, ...]] = {
    "suppress": (
        r"冷静|别激动|不要激动|别生气|不要生气|别吵|不要吵|小点声|小声点|别嚷|别喊|不要喊|消消气|淡定",
        r"情绪(?:稳定|平复)|先平静",
    ),
    "deny": (
        r"没什么(?:好|可)?(?:生气|着急|担心|大不了)|至于吗|不至于|(?:小|多大点)事|大惊小怪|没那么严重",
        r"(?:您|你)(?:想多了|太敏感|太夸张|小题大做)|没(?:有)?那么(?:严重|夸张|糟)|没(?:什么|啥)(?:问题|事)",
    ),
    "direct_refusal": (
        r"(?:这是|这是我们的|公司的?)?(?:规定|制度|政策)|不行|不可以|不能(?:退|换|给|办)|办不了|没办法|做不到|不予",
    ),
    "criticize": (
        r"您?你?(?:自己)?的(?:错|问题|责任)|怪您|怪你|您应该|你应该|您早该|你早该|您没看|你没看|粗心|不小心",
        r"(?:您|你)(?:自己)?(?:没|没有)(?:仔细|注意|按|保存|检查|看清)|(?:您|你)(?:本该|当初就该|应该先)|(?:怎么|为什么)(?:不|没)(?:早|"
        r"先)(?:说|看|问)|(?:您|你)(?:操作|输|填|选|按)错",
    ),
    "lecture": (
        r"(?:下次|以后)(?:您|你)?(?:要|应该|注意|记得)|(?:您|你)要(?:学会|懂得)|常识",
        r"(?:下次|以后|今后)(?:记得|一定要|务必|请)|(?:您|你)(?:得|要|应该)(?:学会|了解|明白|懂)|(?:一定要|务必)(?:看清|核对|注意|仔细)",
    ),
    "argue": (
        r"不是这样|不可能|您说的不对|你说的不对|您搞错|你搞错|事实上|明明是|其实是您",
        r"不是这么回事|(?:您|你)(?:记错|弄错|说错|看错|理解错)|(?:我们|我)(?:没有|从来没|从没)(?:说过|答应过|承诺过)|(?:您|你)(?:当时|"
        r"自己)(?:同意|签|选|答应)",
    ),
    "sarcasm": (
        r"真(?:行|厉害|聪明|了不起)|佩服|高手|专家|恭喜|呵呵|厉害了",
        r"(?:您|你)可真(?:行|厉害|会|有本事)|真是(?:太)?(?:棒|厉害|能干)了",
    ),
    "doubt": (r"(?:您|你)确定|真的吗|不会吧|怎么可能|我不太相信|是不是(?:您|你)",),
    "stall": (r"稍等|等一下|等等|等会|再说|回头|改天|明天再|过两天|晚点|以后再",),
    "premature_blame": (
        r"同事|那个(?:员工|店员|人)|系统的?问题|(?:他|她|他们)的(?:错|问题)|不归我|不是我们",
    ),
    "empty_promise": (r"保证|一定(?:会|不会)|绝对|肯定|再也不会|放心吧",),
    "imply_unimportant": (
        r"才|就(?:几|一点|这点)|小钱|没多少|一点点|这点(?:钱|事)|别的客户|其他客户",
        r"(?:只是|只不过|不过是)(?:一点|几|个|点|一个|小)|(?:这么|那么)点|没(?:什么|啥)大不了",
    ),
    "rush": (r"快点|赶紧|抓紧|直接说|长话短说|说重点|还有(?:别的|什么)吗",),
    "jargon": (r"基站|信令|后台|系统|工单|协议|条款|流量包|资费|套餐|计费周期|鉴权|漫游",),
    "authoritative_tone": (
        r"听我说|你必须|您必须|我说了|按规定|照我说的|就这样|没得商量",
        r"必须|只能这样|就是这样|没有商量|不用多说|听我的|照做|按我说的",
    ),
    "question_back": (
        r"(?:您|你)(?:说|觉得|想)(?:呢|怎么办)|(?:您|你)想怎么样|那(?:您|你)要我怎么办",
        r"(?:您|你)(?:说|想)(?:该|要)?怎么(?:办|样)|要我(?:怎么|怎样)|(?:我|我们)(?:能|又能)(?:怎么办|有什么办法)",
    ),
    "interrupt": (
        r"好了好了|行了行了|打断一下|我知道了我知道了",
        r"好好好|行行行|对对对|我懂我懂|停一下|先听我说|(?:您|你)先别说",
    ),
    "personal_question": (r"多大了|结婚|几岁|工资|收入|住哪|男朋友|女朋友|老公|老婆|孩子多大",),
    "hard_sell": (r"办(?:个|一个)?(?:套餐|会员|卡)|升级|优惠活动|推荐(?:您|你)|划算",),
    "too_familiar": (r"亲爱的|宝贝|哥们|兄弟|美女|帅哥|亲[，,!！ ]|老铁",),
    "meaningless_question": (r"(?:您|你)(?:为什么|怎么)(?:不|没)|(?:您|你)有没有(?:看|读)",),
    "divert": (
        r"对了|顺便|话说|换个话题|天气|吃饭了吗",
        r"先不说(?:这个|那个)|(?:说|聊)(?:点|些)(?:别的|开心的)|(?:换个|别的)话题|(?:这个|那个)(?:事|问题)?(?:先)?(?:放|搁)一(?:放|"
        r"边)|(?:聊聊|说说|看看)别的",
    ),
    "ignore": (
        r"请?(?:出示|提供|报一下|说一下|告诉我)(?:一下)?(?:您|你)?的?(?:身份证|证件|手机号|号码|订单号|账号|姓名)",
        r"下一位|先(?:填|签)(?:一下|个)?(?:表|单|字)",
    ),
}


# The solving and clarifying acts (issue #13): what a reply must not miss once the feeling is
# heard. Generic wordings trainees type (first person + an action + a time frame is act_now;
# "I'll personally / follow it up / call you back" is take_ownership ...), written from the
# acts' meanings (corpus/CONVENTIONS.md), not copied from corpus lines. Same mechanism as the
# mistakes' cues: one feature each, weighed by the model, off inside a negation ("I can't book
# an engineer today" gives "~cue:act_now", which the model learns to read otherwise).
_ACTION_EN = (
    r"(?:book|send|sent|arrang|order|schedul|reset|cancel|refund|fix|rais|log|escalat|process"
    r"|call|ring|rung|email|text|issu|reissu|chang|updat|restor|unblock|reconnect|transfer"
    r"|contact|chas|check|sort|pull|open|reactivat|activat|credit|swap|replac|repair|resend"
    r"|re-send|put|submit|file|flag|dispatch|post|ship|book)\w*"
)
_NUMBER_EN = (
    r"(?:\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|half an?"
    r"|a couple of|a few)"
)
_WHEN_EN = (
    r"(?:right now|right away|straight away|immediately|now|today|tonight|this (?:afternoon"
    r"|morning|evening|minute)|tomorrow(?: morning| afternoon)?|first thing|as we speak"
    r"|(?:by|before) (?:\d|noon|midday|tonight|today|tomorrow|the end of|end of|close|lunch"
    r"|five|six)|within "
    + _NUMBER_EN
    + r"|in (?:the next )?"
    + _NUMBER_EN
    + r" (?:minutes?|mins?|hours?|hrs?|seconds?|secs?))"
)
SOLVING_CUES_EN: dict[str, tuple[str, ...]] = {
    "act_now": (
        # done already: "I've booked an engineer", "we have sent the card"
        r"\b(?:i(?:'ve| have)|ive|we(?:'ve| have)) (?:just |already |now )?" + _ACTION_EN,
        # doing it: "I'm sending it now", "I am checking the records"
        r"\b(?:i'm|im|i am|we're|we are) (?:now |just )?(?:going to )?"
        + _ACTION_EN
        + r".{0,50}\b"
        + _WHEN_EN
        + r"\b",
        r"\b(?:i'm|im|i am) (?:on it|doing it|doing that|sorting it|checking|looking (?:at|into)"
        r" (?:it|this|that) now)\b",
        # a first person who will act, by a time: "I'll call you back by 6"
        r"\b(?:i'll|ill|i will|we'll|we will|let me|i'm going to|i am going to) (?:\w+ ){0,7}?"
        + _WHEN_EN
        + r"\b",
        r"\b(?:right now|right away|straight away|immediately|as we speak|this minute|on it now)\b",
        r"\b(?:within|in)(?: the next)? " + _NUMBER_EN + r" (?:minutes?|mins?|hours?|hrs?)\b",
    ),
    "take_ownership": (
        r"\b(?:i(?:'ll| will)? personally|i myself|myself)\b",
        r"\b(?:i'll|ill|i will|i'm going to|i am going to|let me) (?:\w+ ){0,2}?"
        r"(?:follow (?:it|this|that|your \w+)? ?up|keep you (?:posted|updated|informed"
        r"|in the loop)|call you back"
        r"|(?:call|ring|phone|text|email) you (?:(?:back )?(?:by|before|to confirm|once|when"
        r"|as soon|personally|myself|tomorrow|tonight|later today|this (?:afternoon|evening)))"
        r"|ring you back|phone you back|get back to you (?:myself|personally|by|before|today)"
        r"|see (?:it|this|that) through|take care of (?:it|this|that)|handle (?:it|this|that)"
        r"|own (?:it|this)|stay on (?:it|this|top of)|chase (?:it|this|that)|look after (?:it|this"
        r"|you))",
        r"\b(?:leave it (?:with|to) me|it's on me|i take (?:full )?responsibility|i'll take"
        r" (?:full )?responsibility|i'm responsible|my responsibility|i'll make sure|i will make"
        r" sure|ask for me|call me directly|my (?:direct )?(?:number|line|extension|name) is"
        r"|you can reach me|i'll be your|from start to finish|until it's (?:fixed|sorted|solved))",
    ),
    "propose_solution": (
        r"\b(?:we|i) (?:can|could) (?:\w+ ){0,2}?(?:replace|repair|swap|exchange|fix|reset"
        r"|re-?send|send you|reissue|re-issue|move|switch|cancel|refund|reconnect|restore|rebook"
        r"|transfer|upgrade|unblock|sort|change|set up|arrange|book|put you|get you|give you)\b",
        r"\b(?:i'll|ill|i will|we'll|we will|let me|i'm going to|we're going to|i am going to)"
        r" (?:\w+ ){0,2}?(?:replace|repair|swap|exchange|fix|re-?send|reissue|re-issue|move"
        r"|switch|reconnect|restore|rebook|unblock|sort (?:it|this|that|you) out|set (?:it|you)"
        r" up|get (?:it|this|that|you) (?:fixed|sorted|replaced|working))\b",
        r"\b(?:what (?:we|i) (?:can|could|will) do is|here's what (?:we|i)(?:'ll| will| can) do"
        r"|the (?:fix|solution|answer|plan) (?:is|will be)|how about (?:i|we)|what if (?:i|we)"
        r"|why don't (?:i|we)|the best (?:way|option|thing|fix) (?:is|would be)|my suggestion"
        r"|i (?:suggest|recommend|'d suggest|would suggest|'d recommend))\b",
    ),
    "compensate": (
        r"\b(?:i'll|ill|i will|we'll|we will|i'm|im|i am|we're|let me|i can|we can|i've|we've"
        r"|i have) (?:\w+ ){0,3}?(?:refund|credit|waive|give you|add|take|knock|reimburse"
        r"|compensate|send you|put)\w*\b.{0,40}\b(?:refund|credit|voucher|coupon|fee|charge"
        r"|free|off|back|compensat\w*|discount|month|pounds?|dollars?|euros?|yuan)\b",
        r"\b(?:a|one|first|next) (?:free )?month (?:free|on us|on the house)|free of charge"
        r"|on the house|on us\b|goodwill (?:gesture|credit)|for the (?:trouble|inconvenience"
        r"|hassle)|to make up for",
        r"\b(?:refund|credit|voucher|coupon|discount|compensation)\b.{0,30}\b(?:for you|your"
        r" account|your (?:next )?bill|your card)\b",
    ),
    "offer_options": (
        r"\beither\b.{1,80}\bor\b",
        r"\b(?:you can|you could|you may) (?:choose|pick|decide|have (?:either|a choice))"
        r"|\b(?:two|three|a few|some|a couple of|several) (?:options|choices|ways|possibilities)"
        r"|\bwhich (?:would you|do you|one do you|one would you) (?:prefer|like|want|rather)"
        r"|\bwould you (?:rather|prefer)\b.{1,60}\bor\b",
        r"\bor (?:if you (?:prefer|like|want|'d rather)|else|alternatively)|\balternatively\b"
        r"|\b(?:it's|its|it is) (?:up to you|your (?:choice|call|pick))|\byour (?:choice|pick)\b"
        r"|\bwhichever (?:you|suits|works)",
    ),
    "manage_expectations": (
        r"\b(?:it|this|that|the(?: \w+){1,2}) (?:usually |normally |generally |will |can "
        r"|may |should |might )?"
        r"(?:takes?|take up to) (?:about |around |up to |roughly |at least )?"
        + _NUMBER_EN
        + r" (?:working |business )?(?:minutes?|hours?|days?|weeks?|months?)\b",
        r"\b(?:i can't promise|i cannot promise|i won't pretend|realistically|at the earliest"
        r"|the earliest (?:is|would be|we can)|(?:don't|do not) expect (?:it|them|anything)"
        r"|not before|to be honest|honestly|the best i can (?:do|promise))\b",
    ),
    "explain_reason": (
        r"\bbecause\b|\bthe reason (?:is|was|why|for)\b|\bwhat happened (?:is|was)\b"
        r"|\b(?:it|this|that) (?:was|is|has been) (?:caused|due) (?:by|to)\b|\bcaused by\b"
        r"|\bdue to\b|\bthat's why\b|\bthat is why\b|\bturns out\b|\bthe (?:cause|problem|issue"
        r"|fault) (?:is|was)\b",
        r"\b(?:was|is|were|went|has been|had been) (?:faulty|down|broken|overloaded|offline"
        r"|damaged|misconfigured|out of (?:order|service))\b|\b(?:failed|crashed|broke down"
        r"|timed out)\b",
    ),
    "restate_facts": (
        r"^(?:ok(?:ay)?,? |right,? |alright,? )?so,? (?:the|your|you|it|they|this|that|every"
        r"|each|after|since|when|on|last|for)\b(?!.{0,40}\b(?:want|going|expect)\b)",
        r"\b(?:so )?(?:what )?(?:you're|you are|youre) (?:saying|telling me)\b|\byou (?:mean|said"
        r"|told me|say) (?:that|it|the|your|you)\b|\bif i(?:'ve| have)? (?:understand|got|get"
        r"|heard|understood)\b|\bhave i got (?:that|it|this) right"
        r"|\blet me (?:make sure|check) i(?:'ve)? (?:got|understand|understood)"
        r"|\bjust to (?:recap|confirm|check|sum up|make sure)"
        r"|\bto (?:recap|sum up|summari[sz]e)\b|\bin other words,? you\b|\bfrom what you(?:'ve)?"
        r" (?:said|told me|describe)",
        # their facts said back: "you paid on Monday", "you were promised a call"
        r"(?:^|[.!?:;,] )(?:so,? |and )?you(?:'ve| have)? (?:were|paid|came|queued|waited|called"
        r"|rang|asked|bought|ordered|received|spent|stood|been|topped up|were told|were promised"
        r"|got here)\b",
        r"\bevery (?:single )?time\b|\b(?:\d+|two|three|four|five|six|seven|several) times\b"
        r"|\b(?:three|four|five|six|\d+) (?:calls|visits|emails|days|weeks) (?:and|now|in a row)",
    ),
    "open_question": (
        r"(?:^|[.!?,] )(?:and |so |ok,? |okay,? |right,? )?(?:where|when|what|how|which|who)"
        r"\b[^.!?]{0,80}\?",
        r"\b(?:can|could|would) you (?:tell me|describe|walk me|talk me|explain|show me)"
        r"|\btell me (?:more|about|what|how|when|where)|\bwalk me through\b|\bwhat (?:exactly|else)"
        r" (?:happened|did|do|does|is|was)\b|\bwhat happens when\b",
    ),
}

SOLVING_CUES_ZH: dict[str, tuple[str, ...]] = {
    "act_now": (
        r"我(?:这边|们)?(?:已经|刚刚?|刚才)(?:帮|给|为)?(?:您|你)?(?:约|订|预约|安排|发|寄|办|处理"
        r"|提交|申请|改|退|补|重置|开通|恢复|登记|派|转|联系|打|查|报|下单|预订|叫)",
        r"(?:我|我们)(?:这边)?(?:马上|立刻|立即|现在就?|这就|当场|即刻)",
        r"(?:今天之内|今天内|今天下午|今天上午|今天晚上|今晚|当天|今天就|下班前"
        r"|半(?:个)?小时(?:内|之内|以内)?|[\d一二两三四五六七八九十几]+ ?分钟(?:内|之内|以内)?"
        r"|[\d一二两三四五六七八九十几]+ ?个?小时(?:内|之内|以内)"
        r"|[\d一二两三四五六七八九十]+ ?点(?:前|之前|以前|半前))",
        r"正在(?:帮|给|为)?(?:您|你)?(?:查|处理|办|联系|安排|核实|看|申请|提交|check)",
    ),
    "take_ownership": (
        r"我亲自|亲自(?:给|帮|跟|处理|负责|跟进|盯|去)|我来(?:跟进|负责|处理|盯|跟|办|解决)"
        r"|我(?:会|一定|保证)?(?:再)?(?:给您|给你)回(?:电|电话|个电话|复)|跟进到底|负责到底|管到底",
        r"有(?:进展|消息|结果|答复)(?:了)?(?:我)?(?:会)?(?:第一时间|马上|随时|立刻)?(?:告诉|通知|联系|打给)(?:您|你)"
        r"|直接找我|(?:我的|这是我的)(?:工号|电话|号码|分机)|工号是|交给我|包在我身上|算我的|我的责任",
    ),
    "propose_solution": (
        r"(?:我|我们)(?:这边)?(?:可以|能)(?:帮|给|为)?(?:您|你)?(?:换|修|退|补|重新|改|调|开|恢复"
        r"|寄|送|安排|处理|解决|办|转|取消)",
        r"这样吧|要不(?:这样|我|我们)|(?:给|帮)(?:您|你)(?:换(?:一|个|成|回)?|修|补办|补发|重新|改(?:成|回)"
        r"|调(?:成|回)|寄|恢复|开通|取消|退)",
        r"解决(?:办法|方案)是|办法是|最好的(?:办法|方案)|我建议|建议(?:您|你)",
    ),
    "compensate": (
        r"退(?:款|钱|还|给您|给你|您|你)|补偿|赔偿|赔(?:您|你)|免(?:了|掉|除|单|收)|减免|代金券"
        r"|优惠券|抵扣|(?:补|送|返|赠)(?:给)?(?:您|你)?[^，。！？,.!?]{0,4}"
        r"(?:话费|流量|[\d一二两三四五六七八九十百]+ ?(?:块|元|g|个月))"
        r"|(?:一点|小小的)?(?:心意|补偿)|不收(?:您|你)?(?:钱|费)",
    ),
    "offer_options": (
        r"要么.{1,40}要么|(?:或者|或是)|两(?:个|种)(?:方案|办法|选择|选项)|几(?:个|种)(?:方案|办法|选择)"
        r"|一(?:个|是|种)[^。？！]{1,30}(?:另一|二是|一个是|还有一)",
        r"(?:您|你)(?:看|选|想|要)是?[^。？！]{1,25}还是|(?:您|你)(?:可以)?(?:选|挑|自己选|任选)"
        r"|哪(?:个|种|样)(?:更)?(?:方便|合适|好|适合)|看(?:您|你)(?:怎么|方便|的意思|选)",
    ),
    "manage_expectations": (
        r"(?:一般|通常|大概|大约|最快|至少|正常)(?:也)?(?:要|需要|得)"
        r"[\d一二两三四五六七八九十几半]+ ?个?"
        r"(?:工作日|天|周|星期|小时|月)",
        r"(?:没法|不能|不敢)(?:跟您|给您)?(?:保证|打包票)|说实话|实话说|老实说|最早(?:也)?(?:要|得)"
        r"|可能(?:要|会)(?:晚|慢|等)",
    ),
    "explain_reason": (
        r"因为|原因(?:是|在于|找到|就是)|是由于|由于|之所以|导致|造成(?:的|了)",
        r"(?:出了?|发生了?|有)(?:点)?(?:故障|问题)|坏了|被[^，。]{1,4}(?:坏|弄|打|送|扣|删)"
        r"|超负荷|升级(?:时|的时候|后|出)|维护|超时",
    ),
    "restate_facts": (
        r"也就是说|(?:您|你)(?:是说|的意思是|刚才说|说的是)|我(?:理解|听)(?:的|下来)(?:是|意思)"
        r"|(?:我)?(?:跟您|和您)?确认一下|我复述|换句话说|我总结一下|您说的情况是",
        r"(?:每次|每回|每一次|次次|天天|每天)都|[\d一二两三四五六七八九十几]+ ?次(?:了|都|电话)",
    ),
    "open_question": (
        r"(?:什么|哪里|哪儿|哪些|怎么(?!不|没)|怎样|多久|几点|什么时候|哪天|如何)[^。！，,]{0,20}[？?]",
        r"(?:能|可以|麻烦)(?:跟我|给我|和我)?(?:说说|讲讲|描述|具体说)|具体(?:是)?(?:怎么|什么|哪)"
        r"|详细(?:说|讲)",
    ),
}


@functools.cache
def _compiled(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Cue phrases as 'cue:ACT' and word classes as 'sem:CLASS', compiled on first use."""
    cues, solving, classes = (
        (CUES_ZH, SOLVING_CUES_ZH, CLASSES_ZH)
        if lang == "zh"
        else (CUES_EN, SOLVING_CUES_EN, CLASSES_EN)
    )
    named = [("cue:" + act, pats) for act, pats in cues.items()]
    named += [("cue:" + act, pats) for act, pats in solving.items()]
    named += [("sem:" + name, pats) for name, pats in classes.items()]
    return tuple((name, re.compile("|".join(pats))) for name, pats in named)


# a negation in the same clause just before a cue turns it off
_NEGATED_EN = re.compile(
    r"\b(?:not|never|no|won't|wont|don't|dont|didn't|didnt|isn't|isnt|cannot|can't|cant|without)\b"
    r"(?:(?!\b(?:but|and|so|because|though|however)\b)[^.,!?;:]){0,40}$"
)
_NEGATED_ZH = re.compile(
    r"[不别没无非未勿](?!好意思|客气|过|便|错|少|仅|管|常)[^，。！？,.!?;；:：]{0,3}$"
)


def _negated(before: str, lang: str) -> bool:
    if lang == "zh":
        return bool(_NEGATED_ZH.search(before[-4:]))
    return bool(_NEGATED_EN.search(before[-60:]))


def cue_features(text: str, lang: str) -> list[str]:
    """One feature per cue (or class) found in the normalized text outside a negation; '~' before
    its name when it is found only negated (the model learns what a negated cue means)."""
    out: list[str] = []
    for name, pattern in _compiled(lang):
        negated = False
        for match in pattern.finditer(text):
            if not _negated(text[: match.start()], lang):
                out.append(name)
                break
            negated = True
        else:
            if negated:
                out.append("~" + name)
    return out
