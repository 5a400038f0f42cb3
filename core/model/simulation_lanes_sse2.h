// Lanes and Mask for the batched simulation (simulation_batch.cpp): four doubles in two SSE2
// registers, the baseline of every x86-64 processor; plain loops elsewhere. Included inside an
// anonymous namespace by simulation_batch.cpp, after <emmintrin.h>; not a public header.
// The min and max keep std::min/std::max's choice of operand, so selects match the reference.
#if defined(__SSE2__) || defined(_M_X64)
struct Lanes {
    __m128d lo, hi;
    static Lanes all(double v) { return { _mm_set1_pd(v), _mm_set1_pd(v) }; }
    double get(std::size_t l) const
    {
        alignas(16) double t[2];
        _mm_store_pd(t, l < 2 ? lo : hi);
        return t[l & 1];
    }
    static Lanes of(const double (&v)[kLanes]) { return { _mm_loadu_pd(v), _mm_loadu_pd(v + 2) }; }
    void store(double (&v)[kLanes]) const
    {
        _mm_storeu_pd(v, lo);
        _mm_storeu_pd(v + 2, hi);
    }
};
using Mask = Lanes; // all bits set in a lane that is true
inline bool any(const Mask &m) { return (_mm_movemask_pd(m.lo) | _mm_movemask_pd(m.hi)) != 0; }
inline bool lane(const Mask &m, std::size_t l) { return ((_mm_movemask_pd(l < 2 ? m.lo : m.hi) >> (l & 1)) & 1) != 0; }
#define REMASTER_PAIRWISE(fn, a, b) Lanes { fn((a).lo, (b).lo), fn((a).hi, (b).hi) }
inline Lanes operator+(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_add_pd, a, b); }
inline Lanes operator-(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_sub_pd, a, b); }
inline Lanes operator*(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_mul_pd, a, b); }
inline Lanes operator/(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_div_pd, a, b); }
inline Lanes operator*(const Lanes &a, double b) { return a * Lanes::all(b); }
inline Lanes operator-(const Lanes &a) { return REMASTER_PAIRWISE(_mm_xor_pd, a, Lanes::all(-0.0)); }
// std::min(a, b) is (b < a) ? b : a, which is _mm_min_pd(b, a); likewise for max.
inline Lanes lanesMin(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_min_pd, b, a); }
inline Lanes lanesMax(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_max_pd, b, a); }
inline Lanes lanesSqrt(const Lanes &a) { return { _mm_sqrt_pd(a.lo), _mm_sqrt_pd(a.hi) }; }
inline Lanes select(const Mask &m, const Lanes &a, const Lanes &b)
{
    return { _mm_or_pd(_mm_and_pd(m.lo, a.lo), _mm_andnot_pd(m.lo, b.lo)),
             _mm_or_pd(_mm_and_pd(m.hi, a.hi), _mm_andnot_pd(m.hi, b.hi)) };
}
inline Lanes selectOrZero(const Mask &m, const Lanes &a) { return REMASTER_PAIRWISE(_mm_and_pd, m, a); }
inline Mask operator>(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_cmpgt_pd, a, b); }
inline Mask operator<(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_cmplt_pd, a, b); }
inline Mask operator<=(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_cmple_pd, a, b); }
inline Mask operator>=(const Lanes &a, const Lanes &b) { return REMASTER_PAIRWISE(_mm_cmpge_pd, a, b); }
inline Mask operator&(const Mask &a, const Mask &b) { return REMASTER_PAIRWISE(_mm_and_pd, a, b); }
inline Mask operator|(const Mask &a, const Mask &b) { return REMASTER_PAIRWISE(_mm_or_pd, a, b); }
inline Mask operator!(const Mask &a)
{
    const __m128d ones = _mm_castsi128_pd(_mm_set1_epi32(-1));
    return { _mm_xor_pd(a.lo, ones), _mm_xor_pd(a.hi, ones) };
}
inline Mask lanesIsNan(const Lanes &a) { return REMASTER_PAIRWISE(_mm_cmpunord_pd, a, a); }
#undef REMASTER_PAIRWISE
#else
struct Lanes {
    double x[kLanes];
    static Lanes all(double v) { return { { v, v, v, v } }; }
    double get(std::size_t l) const { return x[l]; }
    static Lanes of(const double (&v)[kLanes]) { return { { v[0], v[1], v[2], v[3] } }; }
    void store(double (&v)[kLanes]) const
    {
        for (std::size_t l = 0; l < kLanes; ++l)
            v[l] = x[l];
    }
};
struct Mask {
    bool x[kLanes];
};
inline bool any(const Mask &m) { return m.x[0] || m.x[1] || m.x[2] || m.x[3]; }
inline bool lane(const Mask &m, std::size_t l) { return m.x[l]; }
#define REMASTER_LANEWISE(T, expr)                                                                                   \
    T r;                                                                                                               \
    for (std::size_t l = 0; l < kLanes; ++l)                                                                           \
        r.x[l] = (expr);                                                                                               \
    return r
inline Lanes operator+(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Lanes, a.x[l] + b.x[l]); }
inline Lanes operator-(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Lanes, a.x[l] - b.x[l]); }
inline Lanes operator*(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Lanes, a.x[l] * b.x[l]); }
inline Lanes operator/(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Lanes, a.x[l] / b.x[l]); }
inline Lanes operator*(const Lanes &a, double b) { REMASTER_LANEWISE(Lanes, a.x[l] * b); }
inline Lanes operator-(const Lanes &a) { REMASTER_LANEWISE(Lanes, -a.x[l]); }
inline Lanes lanesMin(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Lanes, std::min(a.x[l], b.x[l])); }
inline Lanes lanesMax(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Lanes, std::max(a.x[l], b.x[l])); }
inline Lanes lanesSqrt(const Lanes &a) { REMASTER_LANEWISE(Lanes, std::sqrt(a.x[l])); }
inline Lanes select(const Mask &m, const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Lanes, m.x[l] ? a.x[l] : b.x[l]); }
inline Lanes selectOrZero(const Mask &m, const Lanes &a) { REMASTER_LANEWISE(Lanes, m.x[l] ? a.x[l] : 0.0); }
inline Mask operator>(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Mask, a.x[l] > b.x[l]); }
inline Mask operator<(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Mask, a.x[l] < b.x[l]); }
inline Mask operator<=(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Mask, a.x[l] <= b.x[l]); }
inline Mask operator>=(const Lanes &a, const Lanes &b) { REMASTER_LANEWISE(Mask, a.x[l] >= b.x[l]); }
inline Mask operator&(const Mask &a, const Mask &b) { REMASTER_LANEWISE(Mask, a.x[l] && b.x[l]); }
inline Mask operator|(const Mask &a, const Mask &b) { REMASTER_LANEWISE(Mask, a.x[l] || b.x[l]); }
inline Mask operator!(const Mask &a) { REMASTER_LANEWISE(Mask, !a.x[l]); }
inline Mask lanesIsNan(const Lanes &a) { REMASTER_LANEWISE(Mask, std::isnan(a.x[l])); }
#undef REMASTER_LANEWISE
#endif

