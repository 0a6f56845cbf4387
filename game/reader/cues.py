"""Hand-written cue phrases for the named mistakes (001 刺激听觉的不当行为, 002 处理错误).

Each cue adds one feature ("cue:suppress") that the model weighs with the rest: a hint learned
from data, never a rule that decides an act by itself. The phrases are the documents' own
examples ("您冷静点", "请稍等", "这是规定") and the common ways trainees type them. A cue inside a
negation does not fire ("I'm not going to tell you to calm down")."""

from __future__ import annotations

import functools
import re

from game.reader.lexicon import CLASSES_EN, CLASSES_ZH
from game.reader.solving_cues import SOLVING_CUES_EN, SOLVING_CUES_ZH

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
