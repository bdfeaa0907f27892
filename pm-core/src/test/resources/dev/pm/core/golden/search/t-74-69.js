pmSearch.shard("74-69",{"timeline":[0,1]});
